// EXPECT: stack-use-after-scope
// data() of a temporary std::array returned by value is kept in a pointer;
// the temporary dies at the end of the declaration.
#include <array>
#include <cstdio>
#include <cstdlib>
__attribute__((noinline)) static std::array<int, 6> offsets(int base) { return {base, base + 2, base + 4, base + 6, base + 8, base + 10}; }
__attribute__((noinline)) static int at(const int *p, int i) { return p[i]; } // BUG
int main(int argc, char **argv) {
  const int *p = offsets(std::atoi(argv[1])).data();
  std::printf("%d\n", at(p, argc + 2));
  return 0;
}
