// EXPECT: stack-buffer-overflow
#include <stdio.h>
int main(int argc, char **argv) {
  char dst[10];
  snprintf(dst, 40, "value=%s", argv[2]); // BUG
  puts(dst);
  return 0;
}
