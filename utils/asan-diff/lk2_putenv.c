// EXPECT: none
// A malloc'd "NAME=value" string handed to putenv is owned by the environment (reachable through environ).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static void set(int n) {
  char *kv = malloc(32 + n);
  snprintf(kv, 32 + n, "LK2_PUTENV=%d", n);
  putenv(kv);
}
int main(int argc, char **argv) {
  set(atoi(argv[1]));
  printf("%s\n", getenv("LK2_PUTENV"));
  return 0;
}
