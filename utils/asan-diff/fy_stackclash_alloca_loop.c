// EXPECT: dynamic-stack-buffer-overflow
// FLAGS: -fstack-clash-protection
// alloca sized from input under -fstack-clash-protection (each dynamic
// allocation is probed): a path is split into components on a stack copy
// that is allocated with strlen() bytes, one short of the terminator the
// copy writes.
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static int count_components(const char *path) {
  size_t n = strlen(path);
  char *copy = alloca(n);
  memcpy(copy, path, n + 1); // BUG
  int k = 0;
  for (char *t = strtok(copy, "/"); t; t = strtok(NULL, "/")) k++;
  return k;
}

int main(int argc, char **argv) {
  char path[64];
  snprintf(path, sizeof path, "/usr/%s/lib/%s", argv[1], argv[2]);
  printf("%d\n", count_components(path));
  return 0;
}
