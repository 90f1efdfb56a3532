// EXPECT: leak
// scandir of the working directory filtered to one name; neither the entry nor the list is freed.
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int only_long(const struct dirent *d) { return strcmp(d->d_name, "long.txt") == 0; }
__attribute__((noinline)) static int count(void) {
  struct dirent **list = 0;
  int n = scandir(".", &list, only_long, alphasort); // BUG
  return n;
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  int n = count() + atoi(argv[1]) - 10;
  scrub();
  printf("%d\n", n);
  return 0;
}
