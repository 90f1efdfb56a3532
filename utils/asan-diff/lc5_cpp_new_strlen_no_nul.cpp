// EXPECT: heap-buffer-overflow
// new char[strlen(s)] leaves no room for the terminator strcpy writes.
#include <cstdio>
#include <cstring>
static char *clone(const char *s) {
  return std::strcpy(new char[std::strlen(s)], s); // BUG
}
int main(int argc, char **argv) {
  char *c = clone(argv[2]);
  std::printf("%c\n", c[0]);
  delete[] c;
  return 0;
}
