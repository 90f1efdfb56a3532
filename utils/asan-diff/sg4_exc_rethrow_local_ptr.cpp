// EXPECT: stack-use-after-return
// An exception object carries a pointer to a local array of the throwing
// function; the handler in main reads through it after the unwind.
#include <cstdio>
#include <cstdlib>
#include <cstring>
struct ParseError { const char *where; int pos; };
__attribute__((noinline)) static int parse(const char *s, int n) {
  char copy[32];
  std::strncpy(copy, s, sizeof copy - 1);
  copy[31] = 0;
  if (n > 3) throw ParseError{copy + 2, n};
  return copy[0];
}
int main(int argc, char **argv) {
  try {
    parse(argv[2], std::atoi(argv[1]));
  } catch (const ParseError &e) {
    std::printf("%c %d %d\n", e.where[0], e.pos, argc); // BUG
  }
  return 0;
}
