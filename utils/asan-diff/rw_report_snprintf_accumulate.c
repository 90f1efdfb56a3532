// EXPECT: heap-buffer-overflow
// Builds a one-line status report into a fixed heap buffer with a chain of snprintf calls,
// accumulating their return values. snprintf returns the length it wanted, not what it wrote:
// once one piece is truncated, len passes the buffer size, the next call gets a pointer past
// the end and a size of (size_t)(cap - len), which wrapped to a huge value.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct worker {
  char name[16];
  int pid;
  double cpu;
  unsigned long rss_kb;
  int state; /* 0 idle, 1 busy, 2 stopping */
};

static const char *state_name(int s) { return s == 0 ? "idle" : s == 1 ? "busy" : "stopping"; }

static char *status_line(const struct worker *w, int n, size_t cap) {
  char *buf = malloc(cap);
  size_t len = 0;
  len += (size_t)snprintf(buf + len, cap - len, "%d workers:", n);
  for (int i = 0; i < n; i++) {
    if (len >= cap) break; /* full */
    len += (size_t)snprintf(buf + len, cap - len, " %s[%d] %s %.1f%% %luK;", w[i].name, w[i].pid,
                            state_name(w[i].state), w[i].cpu, w[i].rss_kb);
  }
  len += (size_t)snprintf(buf + len, cap - len, " end"); // BUG
  return buf;
}

static void summarize(const struct worker *w, int n) {
  double cpu = 0;
  unsigned long rss = 0;
  int busy = 0;
  for (int i = 0; i < n; i++) {
    cpu += w[i].cpu;
    rss += w[i].rss_kb;
    busy += w[i].state == 1;
  }
  printf("cpu %.1f%%, rss %luK, %d busy\n", cpu, rss, busy);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  if (n > 32) n = 32;
  struct worker *w = calloc((size_t)n, sizeof *w);
  for (int i = 0; i < n; i++) {
    snprintf(w[i].name, sizeof w[i].name, "wk-%.*s", 1 + i % 6, alpha + i);
    w[i].pid = 4000 + i * 17;
    w[i].cpu = (i * 37 % 100) / 3.0;
    w[i].rss_kb = 1024ul * (unsigned long)(i + 3);
    w[i].state = i % 3;
  }
  summarize(w, n);
  /* a short status for the terminal title (80 columns) */
  char *line = status_line(w, n, 80);
  printf("%.79s\n", line);
  free(line);
  free(w);
  return 0;
}
