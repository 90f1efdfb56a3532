// EXPECT: stack-use-after-return
// main keeps its logger configuration in a local struct and registers an atexit flush that reads it through a global pointer; atexit handlers run after main has returned
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct log_config {
  char path[48];
  int level;
  int max_lines;
};

struct log_state {
  const struct log_config *cfg;
  char lines[16][64];
  int count, dropped;
  unsigned hash;
};

static struct log_state g_log;

static void log_msg(int level, const char *fmt_word, int value) {
  if (level < g_log.cfg->level) return;
  if (g_log.count == 16 || g_log.count >= g_log.cfg->max_lines) { g_log.dropped++; return; }
  snprintf(g_log.lines[g_log.count++], sizeof g_log.lines[0], "[%d] %s=%d", level, fmt_word, value);
}

static void flush_log(void) {
  const struct log_config *cfg = g_log.cfg;
  unsigned h = 0;
  for (const char *p = cfg->path; *p; p++) h = h * 31 + (unsigned char)*p; // BUG
  for (int i = 0; i < g_log.count; i++)
    for (const char *p = g_log.lines[i]; *p; p++) h = h * 33 + (unsigned char)*p;
  printf("flushed %d lines (%d dropped) hash=%08x\n", g_log.count, g_log.dropped, h);
}

static int process(const char *word, int n) {
  int total = 0;
  size_t wl = strlen(word);
  for (int i = 0; i < n * 3; i++) {
    int v = (word[(size_t)i % wl] - 'A') * (i + 1);
    total += v;
    log_msg(i % 4, i % 2 ? "odd" : "even", v);
  }
  return total;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *word = argc > 2 ? argv[2] : "ABC";
  struct log_config cfg;   /* dies when main returns; the atexit handler runs later */
  snprintf(cfg.path, sizeof cfg.path, "/var/log/%.12s.log", word);
  cfg.level = 1;
  cfg.max_lines = n;
  g_log.cfg = &cfg;
  atexit(flush_log);
  int total = process(word, n);
  printf("total=%d logged=%d\n", total, g_log.count);
  return 0;
}
