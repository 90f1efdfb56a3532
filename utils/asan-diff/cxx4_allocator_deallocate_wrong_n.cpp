// EXPECT: new-delete-type-mismatch
// std::allocator<int>::deallocate with a count one larger than allocate's (sized delete).
#include <cstdio>
#include <cstdlib>
#include <memory>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::allocator<int> a;
  int *p = a.allocate(n);
  for (int i = 0; i < n; i++) p[i] = argv[2][i];
  std::printf("%d\n", p[n - 1]);
  a.deallocate(p, n + 1); // BUG
  return 0;
}
