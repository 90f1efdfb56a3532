// EXPECT: heap-buffer-overflow
// A copy helper template multiplies by sizeof(T *) instead of sizeof(T): 8 times too many chars.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
template <typename T> static void copy_items(T *dst, const T *src, size_t n) {
  std::memcpy(dst, src, n * sizeof(T *)); // BUG
}
int main(int argc, char **argv) {
  size_t n = std::atoi(argv[1]);
  std::unique_ptr<char[]> dst(new char[n * 8]);
  std::unique_ptr<char[]> src(new char[n]);
  std::memcpy(src.get(), argv[2], n);
  copy_items(dst.get(), src.get(), n);
  std::printf("%c\n", dst[0]);
  return 0;
}
