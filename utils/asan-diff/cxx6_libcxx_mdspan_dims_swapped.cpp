// EXPECT: heap-buffer-overflow
// FLAGS: -stdlib=libc++ -std=c++23
// An image stored row-major in a std::vector is viewed through
// std::mdspan. The view is declared with extents (width, height) while the
// loops index [y, x] as if it were (height, width); for a non-square
// (tall) image the strides are wrong and the later rows read past the
// pixels.
#include <cstdio>
#include <cstdlib>
#include <mdspan>
#include <vector>

__attribute__((noinline)) static long brightness(const std::vector<unsigned char> &px, size_t w, size_t h) {
  std::mdspan img(px.data(), w, h);     // should be (h, w)
  long sum = 0;
  for (size_t y = 0; y < h; y++)
    for (size_t x = 0; x < w; x++) sum += img[y, x]; // BUG
  return sum;
}

int main(int argc, char **argv) {
  size_t w = std::atoi(argv[1]) / 2, h = 2 * w;
  std::vector<unsigned char> px(w * h);
  for (size_t i = 0; i < px.size(); i++) px[i] = argv[2][i % 26];
  std::printf("%ld %d\n", brightness(px, w, h), argc);
  return 0;
}
