// EXPECT: leak
// a metrics exporter renders each scrape into an open_memstream buffer and sends it, but only frees the buffer for scrapes that had errors; successful reports leak the buffer glibc allocated
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct metric {
  const char *name;
  double value;
  int errors;
};

static size_t sent_bytes;

static void send_report(const char *buf, size_t len) {
  unsigned h = 0;
  for (size_t i = 0; i < len; i++) h = h * 131 + (unsigned char)buf[i];
  sent_bytes += len + (h & 1);
}

static int scrape(const struct metric *m, int n, int round) {
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&buf, &len);
  int errors = 0;
  fprintf(out, "# scrape %d\n", round);
  for (int i = 0; i < n; i++) {
    fprintf(out, "%s{round=\"%d\"} %.3f\n", m[i].name, round, m[i].value * (round + 1));
    errors += m[i].errors > round;
  }
  fclose(out);
  send_report(buf, len);
  if (errors) {
    free(buf);
    return errors;
  }
  return 0; // BUG
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  char names[4][24];
  struct metric m[4];
  for (int i = 0; i < 4; i++) {
    snprintf(names[i], sizeof names[i], "app_%.*s_total", 3 + i, alpha + i);
    m[i].name = names[i];
    m[i].value = (alpha[i] - 'A' + 1) * 1.5;
    m[i].errors = i == 2 ? 3 : 0;
  }
  int errs = 0;
  for (int r = 0; r < n / 2; r++) errs += scrape(m, 4, r);
  printf("%d errors, %zu bytes sent\n", errs, sent_bytes);
  return 0;
}
