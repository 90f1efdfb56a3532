// EXPECT: alloc-dealloc-mismatch
// std::shared_ptr<int> owns a new int[n] without an array deleter; reset() deletes it with delete.
#include <cstdio>
#include <cstdlib>
#include <memory>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::shared_ptr<int> sp(new int[n]);
  for (int i = 0; i < n; i++) sp.get()[i] = argv[2][i];
  std::printf("%d\n", sp.get()[n - 1]);
  sp.reset(); // BUG
  return 0;
}
