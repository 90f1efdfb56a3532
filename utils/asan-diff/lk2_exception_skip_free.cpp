// EXPECT: leak
// A function mallocs a buffer and throws before freeing it; main catches the exception, the buffer is lost.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
__attribute__((noinline)) static void parse(int n) {
  char *buf = (char *)std::malloc(n * 15); // BUG
  std::memset(buf, 0, n * 15);
  if (n > 3) throw std::runtime_error("too long");
  std::free(buf);
}
__attribute__((noinline, no_sanitize("address"))) static void scrub() {
  char z[16384];
  std::memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  try {
    parse(std::atoi(argv[1]));
  } catch (const std::exception &e) {
    std::printf("caught %s\n", e.what());
  }
  scrub();
  return 0;
}
