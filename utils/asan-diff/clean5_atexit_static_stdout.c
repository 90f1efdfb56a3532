// EXPECT: none
// stdout with a static line buffer and stderr with a static full buffer;
// atexit handlers that print after main returns (the buffers are static,
// alive through exit), a handler that closes a log stream opened in main
// with a heap buffer it then frees, and on_exit with an argument.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char outbuf[300];
static char errbuf[BUFSIZ];
static FILE *logf;
static char *logbuf;
static unsigned long total;

static void close_log(void) {
  fprintf(logf, "closing after %lu\n", total);
  fclose(logf);
  free(logbuf);
  FILE *r = fopen("exit.log", "r");
  char line[64];
  int lines = 0;
  while (fgets(line, sizeof line, r))
    ++lines;
  fclose(r);
  printf("log lines %d\n", lines);
}

static void last_words(void) { printf("total %lu\n", total); }

static void with_arg(int status, void *arg) {
  printf("on_exit status %d arg %s\n", status, (const char *)arg);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  setvbuf(stdout, outbuf, _IOLBF, sizeof outbuf);
  setvbuf(stderr, errbuf, _IOFBF, sizeof errbuf);
  logf = fopen("exit.log", "w");
  logbuf = malloc(50);
  setvbuf(logf, logbuf, _IOFBF, 50);
  atexit(last_words);
  atexit(close_log);
  on_exit(with_arg, argc > 2 ? argv[2] : "none");
  for (int i = 0; i < n * 10; ++i) {
    total += (unsigned long)i * i;
    fprintf(logf, "step %d %lu\n", i, total);
    if (i % 10 == 0)
      printf("progress %d\n", i);
    fprintf(stderr, "e%d ", i);
  }
  fputc('\n', stderr);
  return 0;
}
