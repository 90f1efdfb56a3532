// EXPECT: stack-use-after-scope
// const int &r = std::max(a, b + 1): when b + 1 is larger, r refers to the
// temporary, which dies at the end of the declaration's full expression.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
int main(int argc, char **argv) {
  int a = argc, b = std::atoi(argv[1]);
  const int &r = std::max(a, b + 1);
  std::printf("%d\n", r); // BUG
  return 0;
}
