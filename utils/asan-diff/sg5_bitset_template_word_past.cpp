// EXPECT: stack-buffer-overflow
// A fixed bitset template stores N/64 words; set(N) (a valid "size" used as
// a bit index) touches the word past the array.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
template <unsigned N> class Bits {
public:
  void set(unsigned i) { w_[i / 64] |= uint64_t(1) << (i % 64); } // BUG
  int count() const { int c = 0; for (auto w : w_) c += __builtin_popcountll(w); return c; }
private:
  uint64_t w_[N / 64] = {};
};
int main(int argc, char **argv) {
  Bits<128> seen;
  unsigned n = std::atoi(argv[1]) * 12 + 8; // 128
  for (unsigned i = 0; i <= n; i += 32) seen.set(i);
  std::printf("%d %d\n", seen.count(), argc);
  return 0;
}
