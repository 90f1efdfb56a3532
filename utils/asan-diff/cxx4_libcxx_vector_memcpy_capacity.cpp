// EXPECT: container-overflow
// FLAGS: -stdlib=libc++
// std::memcpy reads a libc++ std::vector<char> past its size, inside its reserved (annotated) capacity.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<char> v(argv[2], argv[2] + n);
  v.reserve(8 * n);
  char out[32];
  std::memcpy(out, v.data(), n + 6); // BUG
  std::printf("%.16s\n", out);
  return 0;
}
