// EXPECT: none
// stderr's buffering changed again and again: line buffered with glibc's
// choice (setvbuf NULL, _IOLBF: the FILE's one-byte buffer stays), fully
// buffered with a heap buffer (freed after going back to unbuffered),
// setbuf(stderr, NULL); the same on a file stream first made unbuffered
// and then fully buffered with setvbuf(NULL, _IOFBF). Output counted.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int emit(FILE *f, const char *tag, int n) {
  int total = 0;
  for (int i = 0; i < n; ++i) {
    total += fprintf(f, "%s %d\n", tag, i);
    total += fputs("x", f) >= 0;
    fputc('\n', f);
  }
  return total;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  int total = 0;
  total += emit(stderr, "default", n);
  setvbuf(stderr, NULL, _IOLBF, 0);
  total += emit(stderr, "linebuf", n);
  char *heap = malloc(256);
  setvbuf(stderr, heap, _IOFBF, 256);
  total += emit(stderr, "full", n * 3);
  fflush(stderr);
  setvbuf(stderr, NULL, _IONBF, 0);
  free(heap);
  total += emit(stderr, "unbuf", n);
  setbuf(stderr, NULL);
  total += emit(stderr, "setbuf", n);

  FILE *f = fopen("modes.txt", "w+");
  setvbuf(f, NULL, _IONBF, 0);
  total += emit(f, "f-unbuf", n);
  setvbuf(f, NULL, _IOFBF, 0);
  total += emit(f, "f-full", n * 2);
  setvbuf(f, NULL, _IOLBF, 0);
  total += emit(f, "f-line", n);
  rewind(f);
  int c, lines = 0;
  while ((c = fgetc(f)) != EOF)
    lines += c == '\n';
  fclose(f);
  printf("total %d lines %d\n", total, lines);
  return 0;
}
