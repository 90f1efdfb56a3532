// EXPECT: none
// One stream switched between buffers again and again: glibc's own, a heap
// buffer A, a stack buffer B (A freed once B is in), unbuffered (B's frame
// then returns), line buffered with setvbuf(NULL) (glibc keeps the FILE's
// one-byte buffer), setbuffer with a heap buffer C, setlinebuf; fclose,
// then C freed. The file is read back and checksummed.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void write_some(FILE *f, int tag, int n) {
  for (int i = 0; i < n; ++i)
    fprintf(f, "tag%d item %d %s\n", tag, i, i % 2 ? "odd" : "even");
}

static void with_stack_buffer(FILE *f, char *heap_a, int n) {
  char b[313];
  setvbuf(f, b, _IOFBF, sizeof b);
  free(heap_a); // the stream no longer uses A
  write_some(f, 2, n);
  fflush(f);
  setvbuf(f, NULL, _IONBF, 0); // B no longer used when this frame ends
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  FILE *f = fopen("switch.txt", "w+");
  if (!f)
    return 1;
  write_some(f, 0, n);
  fflush(f);
  char *a = malloc((size_t)n * 50);
  setvbuf(f, a, _IOFBF, (size_t)n * 50);
  write_some(f, 1, n * 3);
  fflush(f);
  with_stack_buffer(f, a, n * 2);
  write_some(f, 3, n);
  setvbuf(f, NULL, _IOLBF, 0);
  write_some(f, 4, n);
  fflush(f);
  char *c = malloc(4096);
  setbuffer(f, c, 4096);
  write_some(f, 5, n * 4);
  fflush(f);
  setlinebuf(f);
  write_some(f, 6, n);
  rewind(f);
  unsigned long sum = 0;
  int ch, lines = 0;
  while ((ch = getc(f)) != EOF) {
    sum = sum * 33 + (unsigned)ch;
    lines += ch == '\n';
  }
  fclose(f);
  free(c);
  printf("lines %d sum %lu\n", lines, sum);
  return 0;
}
