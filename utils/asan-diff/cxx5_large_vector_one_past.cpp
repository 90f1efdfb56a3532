// EXPECT: heap-buffer-overflow
// A 1 MiB std::vector<char> image is read one byte past its end.
#include <cstdio>
#include <cstdlib>
#include <vector>
static long row_sum(const std::vector<char> &img, size_t row, size_t width) {
  long s = 0;
  for (size_t x = 0; x <= width; x++) s += img.data()[row * width + x]; // BUG
  return s;
}
int main(int argc, char **argv) {
  size_t width = std::atoi(argv[1]) * 1024 / 10;
  std::vector<char> img(width * 1024);
  for (size_t i = 0; i < img.size(); i += 97) img[i] = argv[2][i % 26];
  std::printf("%ld\n", row_sum(img, 1023, width));
  return 0;
}
