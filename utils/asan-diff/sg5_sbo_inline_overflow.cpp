// EXPECT: stack-buffer-overflow
// A small-buffer-optimized vector keeps up to 4 elements inline; its growth
// test is `size_ > N` so the fifth element is stored past the inline buffer.
#include <cstdio>
#include <cstdlib>
#include <cstring>
template <typename T, unsigned N> class SmallVec {
public:
  ~SmallVec() { if (data_ != inline_) delete[] data_; }
  void push_back(const T &v) {
    if (size_ > cap_) grow();
    data_[size_++] = v; // BUG
  }
  unsigned size() const { return size_; }
  const T &operator[](unsigned i) const { return data_[i]; }
private:
  void grow() {
    T *p = new T[cap_ * 2];
    std::memcpy(p, data_, size_ * sizeof(T));
    if (data_ != inline_) delete[] data_;
    data_ = p;
    cap_ *= 2;
  }
  T *data_ = inline_;
  unsigned size_ = 0, cap_ = N;
  T inline_[N];
};
int main(int argc, char **argv) {
  SmallVec<long, 4> v;
  int n = std::atoi(argv[1]) / 2; // 5
  for (int i = 0; i < n; i++) v.push_back(i + argc);
  std::printf("%u %ld\n", v.size(), v[0]);
  return 0;
}
