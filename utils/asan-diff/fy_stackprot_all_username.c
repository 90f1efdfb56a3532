// EXPECT: stack-buffer-overflow
// FLAGS: -fstack-protector-all
// Built with -fstack-protector-all (a canary in every frame): a login
// helper copies the user name into a fixed local array with a hand-written
// loop bounded by the source length. The overflow must be reported at the
// write, before the canary check at the function's return would abort.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static int check_user(const char *name) {
  char user[16];
  size_t n = strlen(name);
  for (size_t i = 0; i <= n; i++) user[i] = (char)(name[i] | 0x20); // BUG
  return strcmp(user, "root") == 0;
}

int main(int argc, char **argv) {
  int r = check_user(argv[2] + atoi(argv[1]) - 10);
  printf("%d\n", r);
  return 0;
}
