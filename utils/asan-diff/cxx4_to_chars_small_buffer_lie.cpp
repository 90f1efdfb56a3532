// EXPECT: stack-buffer-overflow
// FLAGS: -std=c++17
// std::to_chars into a char[4] told it has 16 bytes, with a 10-digit value.
#include <charconv>
#include <cstdio>
#include <cstdlib>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  char buf[4];
  long v = 123456789L * n;
  auto r = std::to_chars(buf, buf + 16, v); // BUG
  std::printf("%d %c\n", (int)(r.ptr - buf), buf[0]);
  return 0;
}
