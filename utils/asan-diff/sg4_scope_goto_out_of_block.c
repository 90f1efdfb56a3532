// EXPECT: stack-use-after-scope
// A goto leaves a block whose array's address was saved; the code at the
// label reads through the saved pointer.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  const char *volatile msg = 0;
  int n = atoi(argv[1]);
  {
    char buf[32];
    snprintf(buf, sizeof buf, "error %d", n);
    msg = buf;
    if (n > argc) goto fail;
    puts(buf);
  }
  return 0;
fail:
  printf("%zu\n", strlen((const char *)msg)); // BUG
  return 1;
}
