// EXPECT: alloc-dealloc-mismatch
// FLAGS: -std=c++17
// A growable sample buffer swaps in a larger array with std::exchange and
// frees the old one with `delete` instead of `delete[]` - the allocation
// came from new float[].
#include <cstdio>
#include <cstdlib>
#include <utility>

class SampleBuffer {
  float *data_ = nullptr;
  size_t size_ = 0, cap_ = 0;

  __attribute__((noinline)) void grow() {
    size_t ncap = cap_ ? cap_ * 2 : 4;
    float *fresh = new float[ncap];
    for (size_t i = 0; i < size_; i++) fresh[i] = data_[i];
    float *old = std::exchange(data_, fresh);
    cap_ = ncap;
    delete old; // BUG
  }

public:
  ~SampleBuffer() { delete[] data_; }
  void push(float v) {
    if (size_ == cap_) grow();
    data_[size_++] = v;
  }
  float mean() const {
    float s = 0;
    for (size_t i = 0; i < size_; i++) s += data_[i];
    return size_ ? s / size_ : 0;
  }
};

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  SampleBuffer buf;
  for (int i = 0; i < n; i++) buf.push(argv[2][i] * 0.5f);
  std::printf("%f %d\n", buf.mean(), argc);
  return 0;
}
