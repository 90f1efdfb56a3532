// EXPECT: stack-buffer-overflow
// snprintf's return (the untruncated length) used as the byte count written out.
#include <stdio.h>
int main(int argc, char **argv) {
  char buf[16];
  int n = snprintf(buf, sizeof buf, "name=%s", argv[2]);
  fwrite(buf, 1, n, stdout); // BUG
  putchar('\n');
  return 0;
}
