// EXPECT: none
// Exceptions thrown through frames holding arrays and strings, caught and
// followed by calls that reuse the same stack.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>
__attribute__((noinline)) static int thrower(int d, int max) {
  char tag[33];
  std::snprintf(tag, sizeof tag, "level-%d", d);
  int vals[11];
  for (int i = 0; i < 11; i++) vals[i] = d * i;
  std::string s(tag);
  if (d == max) throw std::runtime_error(s + " reached");
  return thrower(d + 1, max) + vals[10] + tag[0];
}
__attribute__((noinline)) static long reuse(int d) {
  double m[8][8];
  for (int i = 0; i < 8; i++)
    for (int j = 0; j < 8; j++) m[i][j] = i * j + d;
  return (long)m[7][7] + (d ? reuse(d - 1) : 0);
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  long total = 0;
  for (int r = 0; r < n; r++) {
    char before[40];
    std::memset(before, 'x', sizeof before);
    try {
      total += thrower(0, 5 + r);
    } catch (const std::exception &e) {
      char msg[64];
      std::snprintf(msg, sizeof msg, "%s", e.what());
      total += (long)std::strlen(msg) + before[39];
    }
    total += reuse(12);
  }
  std::printf("%ld %d\n", total, argc);
  return 0;
}
