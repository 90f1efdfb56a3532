// EXPECT: stack-buffer-overflow
// pos += snprintf(...) past a truncation: the next call's size underflows and it writes past buf.
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char buf[32];
  size_t pos = 0;
  int n = atoi(argv[1]);
  for (int i = 0; i < n; i++)
    pos += snprintf(buf + pos, sizeof buf - pos, "%s,", argv[2] + i); // BUG
  printf("%zu %.5s\n", pos, buf);
  return 0;
}
