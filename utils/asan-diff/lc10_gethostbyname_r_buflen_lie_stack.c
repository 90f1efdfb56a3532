// EXPECT: stack-buffer-overflow
// Looks up localhost with gethostbyname_r, passing a 16-byte scratch buffer
// but claiming it holds 1024 bytes: glibc lays the host's name, alias and
// address lists out in the scratch buffer, far past its end.
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>

#define SCRATCH_LEN 1024

__attribute__((noinline)) static int lookup(const char *name) {
  struct hostent he, *res = NULL;
  char scratch[16];
  int err = 0;
  int r = gethostbyname_r(name, &he, scratch, SCRATCH_LEN, &res, &err); // BUG
  return r == 0 && res ? he.h_length : -1;
}

int main(int argc, char **argv) {
  printf("%d %d\n", lookup("localhost"), atoi(argv[1]));
  return 0;
}
