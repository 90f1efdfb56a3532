// EXPECT: heap-buffer-overflow
// snprintf's %Ln (glibc: a long long) stores 8 bytes into a 4-byte heap int.
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int *count = malloc(sizeof *count);
  char out[64];
  int r = snprintf(out, sizeof out, "%s%Ln", argv[2], (long long *)count); // BUG
  printf("%d %s %d %d\n", r, out, *count, atoi(argv[1]));
  free(count);
  return 0;
}
