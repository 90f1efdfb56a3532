// EXPECT: none
// A global union of an integer and a pointer: the pointer is stored, then advanced through the integer member (still inside the block).
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
union slot { uintptr_t bits; char *ptr; };
union slot g_slot;
__attribute__((noinline)) static void stash(int n) {
  g_slot.ptr = malloc(n * 4);
  memset(g_slot.ptr, 'q', n * 4);
  g_slot.bits += (uintptr_t)n;
}
int main(int argc, char **argv) {
  stash(atoi(argv[1]));
  printf("%c\n", *g_slot.ptr);
  return 0;
}
