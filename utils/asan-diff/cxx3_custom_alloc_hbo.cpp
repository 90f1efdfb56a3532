// EXPECT: heap-buffer-overflow
// A std::vector with a malloc-based custom allocator, reserved to exactly
// its size; reading data()[size()] runs off the allocation.
#include <cstdio>
#include <cstdlib>
#include <new>
#include <vector>
template <class T> struct MallocAlloc {
  using value_type = T;
  MallocAlloc() = default;
  template <class U> MallocAlloc(const MallocAlloc<U> &) {}
  T *allocate(size_t n) { void *p = std::malloc(n * sizeof(T)); if (!p) throw std::bad_alloc(); return static_cast<T *>(p); }
  void deallocate(T *p, size_t) { std::free(p); }
  template <class U> bool operator==(const MallocAlloc<U> &) const { return true; }
  template <class U> bool operator!=(const MallocAlloc<U> &) const { return false; }
};
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]) + 3;
  std::vector<double, MallocAlloc<double>> v;
  v.reserve(n);
  for (int i = 0; i < n; i++) v.push_back(i * 0.5);
  const double *d = v.data();
  std::printf("%f\n", d[v.size()]); // BUG
  return 0;
}
