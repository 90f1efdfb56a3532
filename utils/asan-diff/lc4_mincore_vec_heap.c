// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>
int main(int argc, char **argv) {
  size_t pg = sysconf(_SC_PAGESIZE);
  size_t len = pg * atoi(argv[1]);
  char *m = mmap(0, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  unsigned char *vec = malloc(4);
  int r = mincore(m, len, vec); // BUG
  printf("%d\n", r);
  free(vec);
  munmap(m, len);
  return 0;
}
