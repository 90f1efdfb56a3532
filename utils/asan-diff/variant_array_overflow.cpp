// EXPECT: stack-buffer-overflow
// A std::variant whose active alternative is a std::array<int, 4> lives on
// the stack; writing element 5 through data() goes past the index byte and
// off the end of the variant object.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <variant>
using V = std::variant<std::array<int, 4>, std::array<char, 8>>;
__attribute__((noinline)) static void fill(V &v, int n) {
  int *p = std::get<0>(v).data();
  for (int i = 0; i < n; i++) p[i] = i;
  p[n] = n; // BUG
}
int main(int argc, char **argv) {
  V v{std::array<int, 4>{}};
  fill(v, std::atoi(argv[1]) - 5);
  std::printf("%zu %d\n", v.index(), std::get<0>(v)[3]);
  return 0;
}
