// EXPECT: stack-buffer-overflow
// A small header struct on the stack is passed where the full message
// struct is expected; the callee reads the body field past the header.
#include <stdio.h>
#include <stdlib.h>
struct Hdr { int type; int len; };
struct Msg { int type; int len; char body[8]; };
__attribute__((noinline)) static int body0(const void *p) {
  const struct Msg *m = p;
  return m->type == 1 ? m->len : m->body[0]; // BUG
}
int main(int argc, char **argv) {
  struct Hdr h = {atoi(argv[1]), argc};
  printf("%d\n", body0(&h));
  return 0;
}
