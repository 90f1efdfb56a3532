// EXPECT: none
// FLAGS: -std=c++17
// Clean: a RAII buffer whose move constructor nulls the source, stored in a
// growing std::vector; an allocator_traits small vector that grows when
// size == capacity; std::exchange swapping in a new[] array and releasing
// the old one with delete[]; a valarray column slice for every 0-based
// column including the last.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <utility>
#include <valarray>
#include <vector>

class Blob {
  char *data_;
  size_t size_;
public:
  Blob(const char *s, size_t n) : data_(new char[n + 1]), size_(n) { std::memcpy(data_, s, n); data_[n] = 0; }
  Blob(Blob &&o) noexcept : data_(std::exchange(o.data_, nullptr)), size_(o.size_) {}
  Blob(const Blob &) = delete;
  ~Blob() { delete[] data_; }
  size_t size() const { return size_; }
};

template <class T> class SmallVec {
  using Tr = std::allocator_traits<std::allocator<T>>;
  std::allocator<T> a_;
  T *p_ = nullptr;
  size_t size_ = 0, cap_ = 0;
public:
  ~SmallVec() { for (size_t i = 0; i < size_; i++) Tr::destroy(a_, p_ + i); if (p_) Tr::deallocate(a_, p_, cap_); }
  void push(const T &v) {
    if (size_ == cap_) {
      size_t nc = cap_ ? cap_ * 2 : 2;
      T *np = Tr::allocate(a_, nc);
      for (size_t i = 0; i < size_; i++) { Tr::construct(a_, np + i, std::move(p_[i])); Tr::destroy(a_, p_ + i); }
      if (p_) Tr::deallocate(a_, p_, cap_);
      p_ = np;
      cap_ = nc;
    }
    Tr::construct(a_, p_ + size_++, v);
  }
  const T &back() const { return p_[size_ - 1]; }
};

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<Blob> blobs;
  size_t total = 0;
  for (int i = 0; i < n; i++) { blobs.emplace_back(argv[2] + i, 4 + i); total += blobs.back().size(); }
  SmallVec<long> sv;
  for (int i = 0; i < 16; i++) sv.push(argv[2][i]);
  float *buf = new float[4];
  float *old = std::exchange(buf, new float[8]);
  delete[] old;
  buf[7] = 1.5f;
  size_t rows = n, cols = n / 2;
  std::valarray<double> m(rows * cols);
  for (size_t i = 0; i < m.size(); i++) m[i] = argv[2][i % 26] - 'A';
  double colsum = 0;
  for (size_t c = 0; c < cols; c++) colsum += std::valarray<double>(m[std::slice(c, rows, cols)]).sum();
  std::printf("%zu %ld %.1f %.0f %d\n", total, sv.back(), buf[7], colsum, argc);
  delete[] buf;
  return 0;
}
