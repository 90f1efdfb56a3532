// EXPECT: alloc-dealloc-mismatch
// FLAGS: -std=c++17
// A C-interop wrapper types its buffers as
// std::unique_ptr<char, decltype(&std::free)> because the C library's
// buffers come from malloc. One code path builds the buffer itself with
// new char[] and wraps it the same way, so std::free releases memory
// from operator new[].
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

using CBuffer = std::unique_ptr<char, decltype(&std::free)>;

__attribute__((noinline)) static CBuffer from_c_library(const char *s) {
  return CBuffer(strdup(s), &std::free);
}

__attribute__((noinline)) static CBuffer padded_copy(const char *s, int pad) {
  size_t len = std::strlen(s);
  char *buf = new char[len + pad + 1];
  std::memset(buf, ' ', pad);
  std::memcpy(buf + pad, s, len + 1);
  return CBuffer(buf, &std::free);
}

int main(int argc, char **argv) {
  int pad = std::atoi(argv[1]);
  size_t total = 0;
  {
    CBuffer a = from_c_library(argv[2]);
    total += std::strlen(a.get());
  }
  {
    CBuffer b = padded_copy(argv[2], pad);
    total += std::strlen(b.get());
  } // BUG
  std::printf("%zu %d\n", total, argc);
  return 0;
}
