// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <unistd.h>
int main(int argc, char **argv) {
  char b[4];
  ssize_t n = readlink("/proc/self/exe", b, 100); // BUG
  printf("%zd\n", n);
  return 0;
}
