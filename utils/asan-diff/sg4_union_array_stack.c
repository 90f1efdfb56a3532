// EXPECT: stack-buffer-overflow
// A union on the stack whose char array view (13 bytes, the union 14 with
// its short view's alignment) is read one past the union's end.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
union Cell { char c[13]; short s[3]; };
int main(int argc, char **argv) {
  union Cell u;
  memcpy(u.c, argv[2], sizeof u.c);
  int k = atoi(argv[1]) + 4; /* 14 == sizeof u */
  printf("%d %d\n", u.s[argc - 1], u.c[k]); // BUG
  return 0;
}
