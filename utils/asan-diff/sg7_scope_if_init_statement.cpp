// EXPECT: stack-use-after-scope
// FLAGS: -std=c++17
// A C++17 if-with-initializer declares a parse result whose scope is the
// if/else; the success branch stores a pointer into it for later, and the
// pointer is used after the if statement.
#include <cstdio>
#include <cstdlib>
#include <cstring>
struct Parsed {
  int ok;
  char key[16];
  int value;
};
__attribute__((noinline)) static Parsed parse(const char *s, int n) {
  Parsed p{1, {}, n};
  std::strncpy(p.key, s, sizeof p.key - 1);
  return p;
}
__attribute__((noinline)) static int use(const Parsed *p) {
  return p->value + p->key[0]; // BUG
}
int main(int argc, char **argv) {
  const Parsed *last = nullptr;
  if (Parsed p = parse(argv[2], std::atoi(argv[1])); p.ok) {
    last = &p;
  } else {
    std::puts("parse failed");
  }
  if (last) std::printf("%d %d\n", use(last), argc);
  return 0;
}
