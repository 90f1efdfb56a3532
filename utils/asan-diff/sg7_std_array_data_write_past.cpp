// EXPECT: stack-buffer-overflow
// A sample window is a std::array<short, 8>; a resampler writes through
// .data() with an index computed from the input rate, which reaches 8.
#include <array>
#include <cstdio>
#include <cstdlib>
__attribute__((noinline)) static void resample(short *out, int rate, int count) {
  for (int i = 0; i < count; i++) {
    int slot = i * rate / 10;
    out[slot] = (short)(i * 3); // BUG
  }
}
int main(int argc, char **argv) {
  std::array<short, 8> window{};
  int rate = std::atoi(argv[1]) + argc - 2;  // 10
  resample(window.data(), rate, 9);
  long s = 0;
  for (short v : window) s += v;
  std::printf("%ld\n", s);
  return 0;
}
