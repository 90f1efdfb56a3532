// EXPECT: container-overflow
// FLAGS: -stdlib=libc++
// A libc++ vector<char> whose allocator hands out odd heap offsets is read past its size.
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <vector>
struct Arena {
  char *base;
  size_t used = 1;
  explicit Arena(size_t n) : base(static_cast<char *>(std::malloc(n))) {}
  ~Arena() { std::free(base); }
};
template <class T> struct ArenaAlloc {
  using value_type = T;
  Arena *a;
  explicit ArenaAlloc(Arena *a) : a(a) {}
  template <class U> ArenaAlloc(const ArenaAlloc<U> &o) : a(o.a) {}
  T *allocate(size_t n) { T *p = reinterpret_cast<T *>(a->base + a->used); a->used += n * sizeof(T) + 3; return p; }
  void deallocate(T *, size_t) {}
  bool operator==(const ArenaAlloc &o) const { return a == o.a; }
};
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  Arena arena(512);
  std::vector<char, ArenaAlloc<char>> v{ArenaAlloc<char>(&arena)};
  v.reserve(40);
  for (int i = 0; i < n; i++) v.push_back(argv[2][i]);
  const char *p = v.data();
  std::printf("%c\n", p[n + 5]); // BUG
  return 0;
}
