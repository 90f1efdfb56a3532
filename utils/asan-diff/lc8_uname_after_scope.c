// EXPECT: stack-use-after-scope
// The utsname structure is declared in a block, a pointer escapes, and a later refresh calls uname on it after the block ended.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
int main(int argc, char **argv) {
  struct utsname *info = NULL;
  volatile int refresh = atoi(argv[1]);
  {
    struct utsname u;
    memset(&u, 0, sizeof u);
    info = &u;
    printf("%zu\n", strlen(u.sysname));
  }
  int r = 0;
  if (refresh)
    r = uname(info); // BUG
  printf("%d\n", r);
  return 0;
}
