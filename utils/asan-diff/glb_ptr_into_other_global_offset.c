// EXPECT: global-buffer-overflow
// A global cursor points into a global array at a fixed offset (the
// "tail" section of the buffer); the tail is written with the length of
// the whole section it was meant to be, running past the array.
#include <stdio.h>
#include <stdlib.h>

int g_buffer[16];
int *g_tail = g_buffer + 12;

static void write_tail(int n, int v) {
  for (int i = 0; i < n; i++)
    g_tail[i] = v + i; // BUG
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  write_tail(n - 5 + (argc - 3), 100); /* 5 ints from index 12 */
  printf("%d %d\n", g_buffer[12], g_buffer[15]);
  return 0;
}
