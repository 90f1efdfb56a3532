// EXPECT: stack-buffer-overflow
// Looks up a protocol by number with getprotobynumber_r but passes the
// address of an int "found" flag where a struct protoent ** is expected
// (the code only wanted to know whether a result came back).
#include <netdb.h>
#include <stdio.h>

__attribute__((noinline)) static int known_protocol(int num) {
  struct protoent pe;
  char buf[512];
  int found = 0;
  getprotobynumber_r(num, &pe, buf, sizeof buf, (struct protoent **)&found); // BUG
  return found != 0;
}

int main(int argc, char **argv) {
  printf("%d\n", known_protocol(argc > 1 ? 17 : 6));
  return 0;
}
