// EXPECT: alloc-dealloc-mismatch
// A buffer from malloc is handed back through std::allocator<int>::deallocate.
#include <cstdio>
#include <cstdlib>
#include <memory>
template <class Alloc> struct Arena {
  Alloc alloc;
  int *block = nullptr;
  size_t n = 0;
  void adopt(int *p, size_t count) { block = p; n = count; }
  ~Arena() { if (block) alloc.deallocate(block, n); } // BUG
};
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  Arena<std::allocator<int>> arena;
  int *raw = static_cast<int *>(std::malloc(n * sizeof(int)));
  for (int i = 0; i < n; i++) raw[i] = argv[2][i];
  arena.adopt(raw, n);
  std::printf("%d\n", arena.block[n - 1]);
  return 0;
}
