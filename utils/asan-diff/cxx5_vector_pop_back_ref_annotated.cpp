// EXPECT: container-overflow
// FLAGS: -D_GLIBCXX_SANITIZE_VECTOR
// A reference from back() is used after pop_back on an annotated std::vector.
#include <cstdio>
#include <cstdlib>
#include <vector>
struct Frame { int pc; int depth; };
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<Frame> stack;
  stack.reserve(n * 2);
  for (int i = 0; i < n; i++) stack.push_back({argv[2][i], i});
  const Frame &top = stack.back();
  stack.pop_back();
  std::printf("%zu returning to pc %d\n", stack.size(), top.pc); // BUG
  return 0;
}
