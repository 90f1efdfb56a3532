// EXPECT: none
// FLAGS: -stdlib=libc++
// libc++ vectors on odd offsets of a heap arena; after they die the arena is read and written whole.
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
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
  Arena arena(1024);
  long sum = 0;
  for (int round = 0; round < 3; round++) {
    std::vector<char, ArenaAlloc<char>> v{ArenaAlloc<char>(&arena)};
    v.reserve(40 + round);
    for (int i = 0; i < n; i++) v.push_back(argv[2][i + round]);
    v.pop_back();
    v.insert(v.begin() + 2, 'x');
    for (char c : v) sum += c;
    std::vector<char, ArenaAlloc<char>> w(v.begin(), v.end(), ArenaAlloc<char>(&arena));
    w.resize(w.size() + 5, 'y');
    sum += w.back();
  }
  std::memset(arena.base, 0, 1024);
  std::memcpy(arena.base + 1, argv[2], 26);
  std::printf("%ld %zu %c\n", sum, arena.used, arena.base[26]);
  return 0;
}
