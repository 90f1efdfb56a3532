// EXPECT: stack-buffer-overflow
#include <pwd.h>
#include <stdio.h>
int main(int argc, char **argv) {
  struct passwd pw, *res = 0;
  char buf[16];
  int r = getpwnam_r("root", &pw, buf, 4096, &res); // BUG
  printf("%d %d\n", r, res != 0);
  return 0;
}
