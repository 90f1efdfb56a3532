// EXPECT: global-buffer-overflow
// A line is read with fgets into a 16-byte global but with a size of 64
// (the size of the buffer it used to be); a long line overflows it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char g_line[16];

int main(int argc, char **argv) {
  static char text[] = "a very long first line of text that goes on\nsecond\n";
  FILE *f = fmemopen(text, strlen(text), "r");
  if (!f) return 1;
  int n = atoi(argv[1]);
  if (n > 0 && fgets(g_line, 64, f)) // BUG
    printf("%zu %d\n", strlen(g_line), argc);
  fclose(f);
  return 0;
}
