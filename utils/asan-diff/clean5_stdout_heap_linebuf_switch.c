// EXPECT: none
// stdout line buffered with a heap buffer before any output, written with
// printf/puts/putchar/fwrite, then flushed, switched to unbuffered
// (setvbuf NULL, _IONBF) and the heap buffer freed, written again; then
// set back to line buffering with setvbuf(NULL, _IOLBF) (glibc keeps the
// FILE's one-byte buffer) and to full buffering, and written to the end.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void burst(const char *tag, int n, const char *alpha) {
  for (int i = 0; i < n; ++i) {
    printf("%s %d ", tag, i);
    fwrite(alpha + i % 26, 1, 3, stdout);
    putchar(' ');
    puts(alpha + 23);
  }
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  size_t size = (size_t)n * 6 + 1;
  char *buf = malloc(size);
  if (setvbuf(stdout, buf, _IOLBF, size))
    return 1;
  burst("line", n * 3, alpha);
  fflush(stdout);
  setvbuf(stdout, NULL, _IONBF, 0);
  free(buf);
  burst("unbuf", n, alpha);
  setvbuf(stdout, NULL, _IOLBF, 0);
  burst("relined", n, alpha);
  setvbuf(stdout, NULL, _IOFBF, 0);
  burst("full", n, alpha);
  printf("done %zu\n", size);
  return 0;
}
