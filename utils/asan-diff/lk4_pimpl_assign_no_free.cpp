// EXPECT: leak
// A Document class keeps its state behind a raw pimpl pointer. Its copy
// assignment deep-copies the other document's Impl but forgets to delete the
// Impl it held before: every assignment leaks one Impl and the vector buffer
// it owns (an indirect leak).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

class Document {
  struct Impl {
    std::vector<int> words;
    int version = 0;
  };
  Impl *impl_;

 public:
  explicit Document(int n) : impl_(new Impl) {
    for (int i = 0; i < n; i++) impl_->words.push_back(i * 7);
  }
  Document(const Document &o) : impl_(new Impl(*o.impl_)) {}
  Document &operator=(const Document &o) {
    if (this != &o) impl_ = new Impl(*o.impl_); // BUG: old impl_ not deleted
    return *this;
  }
  ~Document() { delete impl_; }
  void bump() { impl_->version++; impl_->words.push_back(impl_->version); }
  size_t size() const { return impl_->words.size(); }
};

__attribute__((noinline)) static size_t edit(int n) {
  Document current(n);
  Document snapshot(1);
  size_t total = 0;
  for (int i = 0; i < 3; i++) {
    current.bump();
    snapshot = current; // each assignment drops the previous snapshot's Impl
    total += snapshot.size();
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
  size_t total = edit(n);
  scrub();
  std::printf("snapshot words %zu\n", total);
  return 0;
}
