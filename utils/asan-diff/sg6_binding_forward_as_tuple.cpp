// EXPECT: stack-use-after-scope
// FLAGS: -std=c++17
// Structured bindings over std::forward_as_tuple of two temporaries: the
// tuple holds rvalue references to temporaries that die with the
// declaration, and the bindings are read in the next statement.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <tuple>
__attribute__((noinline)) static std::string label(int n) { return "L" + std::to_string(n); }
int main(int argc, char **argv) {
  auto [name, width] = std::forward_as_tuple(label(std::atoi(argv[1])), argc * 4);
  std::printf("%c %d\n", name[1], width); // BUG
  return 0;
}
