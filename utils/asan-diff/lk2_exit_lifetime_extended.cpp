// EXPECT: none
// A temporary bound to a const reference (lifetime extended to main's end) holds a heap pointer; a nested function calls exit() while it is still alive.
#include <cstdio>
#include <cstdlib>
#include <cstring>
struct Buf {
  char *p;
  explicit Buf(int n) : p((char *)std::malloc(n)) { std::memset(p, 'l', n); }
};
__attribute__((noinline)) static void finish(const char *s, int code) {
  std::printf("%c\n", s[0]);
  std::fflush(stdout);
  if (code) std::exit(0); // not known to be noreturn: b stays live across the call
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  const Buf &b = Buf(n * 3);
  finish(b.p + 1, n);
  std::free(b.p);
  return 1;
}
