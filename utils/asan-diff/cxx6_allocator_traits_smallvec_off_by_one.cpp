// EXPECT: heap-buffer-overflow
// FLAGS: -std=c++17
// A small generic vector built on std::allocator_traits grows only when
// size > capacity (should be >=), so the push that fills the buffer
// constructs one element past the allocation.
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

template <class T, class A = std::allocator<T>>
class SmallVec {
  using Tr = std::allocator_traits<A>;
  A alloc_;
  T *p_ = nullptr;
  size_t size_ = 0, cap_ = 0;

  void grow() {
    size_t ncap = cap_ ? cap_ * 2 : 2;
    T *np = Tr::allocate(alloc_, ncap);
    for (size_t i = 0; i < size_; i++) {
      Tr::construct(alloc_, np + i, std::move(p_[i]));
      Tr::destroy(alloc_, p_ + i);
    }
    if (p_) Tr::deallocate(alloc_, p_, cap_);
    p_ = np;
    cap_ = ncap;
  }

public:
  ~SmallVec() {
    for (size_t i = 0; i < size_; i++) Tr::destroy(alloc_, p_ + i);
    if (p_) Tr::deallocate(alloc_, p_, cap_);
  }
  template <class... Args> T &emplace_back(Args &&...args) {
    if (size_ > cap_ || !p_) grow();
    Tr::construct(alloc_, p_ + size_, std::forward<Args>(args)...); // BUG
    return p_[size_++];
  }
  size_t size() const { return size_; }
  const T &operator[](size_t i) const { return p_[i]; }
};

struct Point { long x, y; };

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  SmallVec<Point> pts;
  for (int i = 0; i < n; i++) pts.emplace_back(Point{argv[2][i], i});
  long sx = 0;
  for (size_t i = 0; i < pts.size(); i++) sx += pts[i].x;
  std::printf("%ld %d\n", sx, argc);
  return 0;
}
