// EXPECT: stack-buffer-overflow
// Builds the fopen mode from flags character by character into a 2-byte
// array ("r" plus "b") and forgets that the mode is a C string.
#define _LARGEFILE64_SOURCE
#include <stdio.h>

__attribute__((noinline)) static FILE *open_input(const char *path, int binary) {
  char mode[2];
  mode[0] = 'r';
  mode[1] = binary ? 'b' : '+';
  return fopen64(path, mode); // BUG
}

int main(int argc, char **argv) {
  FILE *f = open_input("long.txt", argc > 1);
  if (!f)
    return 1;
  printf("%d\n", fgetc(f));
  fclose(f);
  return 0;
}
