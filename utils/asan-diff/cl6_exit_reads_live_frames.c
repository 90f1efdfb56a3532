// EXPECT: none
// A command-line tool registers pointers to locals of main and of a
// nested driver function (a report buffer, a statistics array) so its
// atexit handler and a destructor-attribute function can print a summary.
// The driver finishes the program with exit() from three frames down, so
// none of those frames ever returns: their locals stay alive while the
// exit handlers read them (exit does not end the lifetime of automatic
// objects of frames that are still active).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Summary {
  char title[48];
  long counts[6];
};

static struct Summary *g_summary;
static const double *g_timings;
static int g_ntimings;

static void print_summary(void) {
  double t = 0;
  for (int i = 0; i < g_ntimings; i++) t += g_timings[i];
  printf("%s: %ld %ld %ld (%.1f)\n", g_summary->title, g_summary->counts[0],
         g_summary->counts[3], g_summary->counts[5], t);
}

__attribute__((destructor)) static void last_words(void) {
  if (g_summary) printf("last: %.6s %ld\n", g_summary->title, g_summary->counts[1]);
}

__attribute__((noinline)) static void fail_or_finish(int code, const char *why) {
  char msg[64];
  snprintf(msg, sizeof msg, "finishing: %s", why);
  fputs(msg, stdout);
  fputc('\n', stdout);
  exit(code);
}

__attribute__((noinline)) static void process(struct Summary *s, int n) {
  double timings[16];
  for (int i = 0; i < 16; i++) timings[i] = i * 0.5;
  g_timings = timings;
  g_ntimings = 16;
  for (int i = 0; i < n * 10; i++) s->counts[i % 6] += i;
  if (n > 0) fail_or_finish(0, "all input processed");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  struct Summary s;
  memset(&s, 0, sizeof s);
  snprintf(s.title, sizeof s.title, "summary for %s", argc > 2 ? argv[2] : "stdin");
  g_summary = &s;
  atexit(print_summary);
  process(&s, n);
  return 1;
}
