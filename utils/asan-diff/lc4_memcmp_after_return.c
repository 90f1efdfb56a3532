// EXPECT: stack-use-after-return
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static const char *make_key(const char *s) {
  char key[16];
  strncpy(key, s, sizeof key);
  const char *volatile p = key;
  return p;
}
int main(int argc, char **argv) {
  const char *k = make_key(argv[2]);
  int c = memcmp(k, argv[2], atoi(argv[1])); // BUG
  printf("%d\n", c != 0);
  return 0;
}
