// EXPECT: none
// A small-buffer-optimized vector with a correct growth test: inline while
// it fits, then heap; copied, moved and read at exact bounds, on the stack
// and in a global.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>
template <typename T, unsigned N> class SmallVec {
public:
  SmallVec() = default;
  SmallVec(const SmallVec &o) { for (unsigned i = 0; i < o.size_; i++) push_back(o[i]); }
  SmallVec(SmallVec &&o) noexcept {
    if (o.data_ == o.inline_) { for (unsigned i = 0; i < o.size_; i++) push_back(o[i]); }
    else { data_ = o.data_; size_ = o.size_; cap_ = o.cap_; o.data_ = o.inline_; o.size_ = 0; o.cap_ = N; }
  }
  ~SmallVec() { if (data_ != inline_) delete[] data_; }
  void push_back(const T &v) {
    if (size_ >= cap_) grow();
    data_[size_++] = v;
  }
  unsigned size() const { return size_; }
  const T &operator[](unsigned i) const { return data_[i]; }
  const T *begin() const { return data_; }
  const T *end() const { return data_ + size_; }
private:
  void grow() {
    T *p = new T[cap_ * 2];
    for (unsigned i = 0; i < size_; i++) p[i] = data_[i];
    if (data_ != inline_) delete[] data_;
    data_ = p;
    cap_ *= 2;
  }
  T *data_ = inline_;
  unsigned size_ = 0, cap_ = N;
  T inline_[N];
};
SmallVec<int, 3> g_small;
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  long t = 0;
  for (int round = 0; round < 3; round++) {
    SmallVec<long, 4> v;
    for (int i = 0; i < n * round + 4; i++) v.push_back(i + argc);
    SmallVec<long, 4> c(v);
    SmallVec<long, 4> m(std::move(c));
    for (long x : m) t += x;
    t += v[v.size() - 1];
  }
  for (int i = 0; i < 3; i++) g_small.push_back(i);
  t += g_small[2];
  std::printf("%ld\n", t);
  return 0;
}
