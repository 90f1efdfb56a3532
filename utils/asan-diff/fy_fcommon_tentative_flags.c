// EXPECT: global-buffer-overflow
// FLAGS: -fcommon
// Legacy C built with -fcommon: the counters are tentative definitions
// (`int nflags;`, common symbols, which neither ASan nor memscope can pad),
// next to an initialized option table (a real definition, padded). An
// option parser indexes the table by the option letter's offset from 'A'
// without checking it is below 8.
#include <stdio.h>
#include <stdlib.h>

int nflags;
int flags[8] = {1, 0, 0, 0, 0, 0, 0, 0};
int last_flag;

__attribute__((noinline)) static void set_flag(char c) {
  flags[c - 'A'] = 1; // BUG
  nflags++;
  last_flag = c;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]) - 1;    /* 9: letters A..I */
  for (int i = 0; i < n; i++) set_flag(argv[2][i]);
  printf("%d %d %c\n", nflags, flags[0], last_flag);
  return 0;
}
