// EXPECT: none
// fmemopen with a NULL buffer (libc allocates it) and no fclose: the stream, and its buffer, stay on libc's list of open streams.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static long use(int n) {
  FILE *f = fmemopen(NULL, n * 8, "w+");
  fprintf(f, "%d", n);
  fflush(f);
  return ftell(f);
}
int main(int argc, char **argv) {
  printf("%ld\n", use(atoi(argv[1])));
  return 0;
}
