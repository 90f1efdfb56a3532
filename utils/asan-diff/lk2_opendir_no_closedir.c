// EXPECT: leak
// opendir without closedir: the DIR (malloc'd by libc, on no global list) is lost with its pointer.
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static int first_is_dot(void) {
  DIR *d = opendir("."); // BUG
  struct dirent *e = readdir(d);
  return e && e->d_name[0] == '.';
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  int r = first_is_dot() + atoi(argv[1]);
  scrub();
  printf("%d\n", r);
  return 0;
}
