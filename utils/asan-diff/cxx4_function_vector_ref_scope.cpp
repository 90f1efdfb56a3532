// EXPECT: stack-use-after-scope
// A std::function holds a lambda capturing a block-scoped std::vector by reference; called after the block.
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::function<int(int)> get;
  {
    std::vector<int> v(argv[2], argv[2] + n);
    get = [&v](int i) { return v[i]; }; // BUG
    std::printf("%d\n", get(1));
  }
  std::printf("%d\n", get(n - 1));
  return 0;
}
