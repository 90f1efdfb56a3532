// EXPECT: leak
// A buffer cache hands out std::unique_ptr<char[], NoDelete> "views" meant
// for memory it owns. A refactor made one code path wrap freshly allocated
// scratch buffers in the same view type, so when the views go out of scope
// nothing frees them: each scratch buffer leaks. Views of the cache's own
// memory are fine (the cache holds and frees it).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

struct NoDelete {
  void operator()(char *) const {}
};
using View = std::unique_ptr<char[], NoDelete>;

class Cache {
  std::vector<char *> owned_;

 public:
  View borrow(size_t n) {
    char *p = new char[n];
    owned_.push_back(p);
    return View(p);
  }
  ~Cache() {
    for (char *p : owned_) delete[] p;
  }
};

__attribute__((noinline)) static View scratch(size_t n) {
  return View(new char[n]); // BUG: a fresh buffer in a non-owning view
}

__attribute__((noinline)) static size_t render(Cache &cache, int n) {
  size_t total = 0;
  for (int i = 0; i < 4; i++) {
    View v = cache.borrow(static_cast<size_t>(n) * 6);
    View s = scratch(static_cast<size_t>(n) * 3 + static_cast<size_t>(i));
    std::memset(v.get(), 'v', static_cast<size_t>(n) * 6);
    std::memset(s.get(), 's', static_cast<size_t>(n) * 3 + static_cast<size_t>(i));
    total += static_cast<size_t>(v[0] + s[0]);
  }
  return total;
}

__attribute__((noinline, no_sanitize("address"))) static void scrub() {
  char z[16384];
  std::memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  size_t total;
  {
    Cache cache;
    total = render(cache, n);
  }
  scrub();
  std::printf("total %zu\n", total);
  return 0;
}
