// EXPECT: none
// Shutdown order: atexit and on_exit handlers (registered from nested
// frames, one of them registering another handler while exit is running),
// plus __attribute__((destructor)) functions with priorities (200 runs
// before 101), all read and write global arrays and a static local of
// another function. on_exit's
// argument points to a static struct (not to a stack frame that is gone).
// The final summary is written with write(2) into a global buffer filled to
// its last byte.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char g_log[96];
static size_t g_log_len;
static int g_stats[16];

static void log_word(const char *w) {
  size_t n = strlen(w);
  if (g_log_len + n > sizeof g_log) n = sizeof g_log - g_log_len;
  memcpy(g_log + g_log_len, w, n);
  g_log_len += n;
}

static int *counter(void) {
  static int calls[4];
  return calls;
}

struct ExitInfo {
  const char *tag;
  int weight;
};
static struct ExitInfo g_info = {"on_exit", 3};

static void late_handler(void) { log_word("late;"); }

static void first_registered(void) {
  log_word("first;");
  counter()[0]++;
}

static void registers_more(void) {
  log_word("more;");
  atexit(late_handler);  // registered during exit: runs next
}

static void on_exit_handler(int status, void *arg) {
  struct ExitInfo *info = arg;
  char line[32];
  snprintf(line, sizeof line, "%s:%d:%d;", info->tag, status, info->weight);
  log_word(line);
  for (int i = 0; i < 16; i++) g_stats[i] += info->weight;
}

__attribute__((destructor(101))) static void dtor_last(void) {
  log_word("d101;");
  while (g_log_len < sizeof g_log) g_log[g_log_len++] = '.';
  g_log[sizeof g_log - 1] = '\n';
  write(1, g_log, sizeof g_log);
}

__attribute__((destructor(200))) static void dtor_first(void) {
  char line[24];
  snprintf(line, sizeof line, "d200:%d;", g_stats[15] + counter()[0]);
  log_word(line);
}

__attribute__((noinline)) static void setup(int depth) {
  if (depth > 0) {
    char pad[200];
    memset(pad, depth, sizeof pad);
    g_stats[depth % 16] += pad[199];
    setup(depth - 1);
    return;
  }
  atexit(first_registered);
  on_exit(on_exit_handler, &g_info);
  atexit(registers_more);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  setup(n);
  for (int i = 0; i < 16; i++) g_stats[i] += i;
  printf("stats %d\n", g_stats[n % 16]);
  fflush(stdout);
  exit(n > 100 ? 1 : 0);
}
