// EXPECT: double-free
// FLAGS: -std=c++17
// A hand-rolled RAII buffer has a noexcept move constructor that copies
// the pointer but forgets to null the source. When std::vector grows it
// move-constructs the elements into the new block and destroys the old
// ones - freeing every buffer while the moved-to elements still own it.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

class Blob {
  char *data_;
  size_t size_;
public:
  explicit Blob(const char *s, size_t n) : data_(new char[n + 1]), size_(n) {
    std::memcpy(data_, s, n);
    data_[n] = 0;
  }
  Blob(Blob &&o) noexcept : data_(o.data_), size_(o.size_) {}   // o.data_ not nulled
  Blob(const Blob &) = delete;
  Blob &operator=(const Blob &) = delete;
  ~Blob() { delete[] data_; } // BUG
  size_t size() const { return size_; }
};

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<Blob> blobs;
  size_t total = 0;
  for (int i = 0; i < n; i++) {
    blobs.emplace_back(argv[2] + i, 4 + i);
    total += blobs.back().size();
  }
  std::printf("%zu %zu %d\n", blobs.size(), total, argc);
  return 0;
}
