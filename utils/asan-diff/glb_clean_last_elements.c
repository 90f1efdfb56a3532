// EXPECT: none
// Globals of several shapes accessed exactly at their last element, with
// indexes computed from the input: a static int array, a 2-D grid's last
// cell, an array of structs' last field, a string literal's terminator,
// a const table's last entry and a struct's trailing array's last byte.
#include <stdio.h>
#include <stdlib.h>

static int g_ints[8];
short g_grid[4][6];
struct rec { int id; char tag[5]; } g_recs[3];
struct msg { int len; char payload[10]; } g_msg;
static const unsigned short g_tab[16] = {1, 2, 3, 4, 5, 6, 7, 8,
                                         9, 10, 11, 12, 13, 14, 15, 16};

int main(int argc, char **argv) {
  int n = atoi(argv[1]);      /* 10 */
  int k = n - 3 + (argc - 3); /* 7 */
  g_ints[k] = n;
  g_grid[k - 4][k - 2] = (short)n;
  g_recs[k - 5].tag[k - 3] = 'x';
  g_msg.payload[n - 1] = 'y';
  char term = "0123456789abcdef"[n + 6]; /* index 16: the terminator */
  unsigned t = g_tab[n + 5];
  volatile int sink = g_ints[k] + g_grid[3][5] + g_recs[2].tag[4] +
                      g_msg.payload[9] + term + (int)t;
  printf("%d\n", sink);
  return 0;
}
