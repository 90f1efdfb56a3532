// EXPECT: leak
// Paths returned malloc'd by getcwd(NULL, 0), realpath(p, NULL), canonicalize_file_name and get_current_dir_name are all dropped.
#define _GNU_SOURCE
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
__attribute__((noinline)) static size_t make(void) {
  char *a = getcwd(NULL, 0); // BUG
  char *b = realpath("long.txt", NULL); // BUG
  char *c = canonicalize_file_name("."); // BUG
  char *d = get_current_dir_name(); // BUG
  size_t t = strlen(a) + strlen(b) + strlen(c) + strlen(d);
  __asm__ volatile("" : : "r"(a), "r"(b), "r"(c), "r"(d) : "memory");
  return t;
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  size_t t = make() + atoi(argv[1]);
  scrub();
  printf("%zu\n", t > 0);
  return 0;
}
