// EXPECT: global-buffer-overflow
// A table declared `extern` at the top of the file (as a header would) and
// defined further down; a lookup loop uses `<=` on the element count and
// reads one element past the defined array.
#include <stdio.h>
#include <stdlib.h>

extern int port_table[5];
extern const int port_count;

static int find_port(int wanted) {
  for (int i = 0; i <= port_count; i++) /* `<=`: one too many */
    if (port_table[i] == wanted) // BUG
      return i;
  return -1;
}

int port_table[5] = {21, 22, 25, 80, 443};
const int port_count = 5;

int main(int argc, char **argv) {
  int wanted = atoi(argv[1]) * 1000 + argc;
  int idx = find_port(wanted);
  printf("%d %d\n", idx, port_table[0]);
  return 0;
}
