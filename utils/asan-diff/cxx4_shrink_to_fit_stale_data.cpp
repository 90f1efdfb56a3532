// EXPECT: heap-use-after-free
// A vector's data() pointer is kept across resize + shrink_to_fit (which reallocates) and then memcpy'd from.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<char> v(argv[2], argv[2] + 2 * n);
  const char *p = v.data();
  v.resize(n / 2);
  v.shrink_to_fit();
  char out[4];
  std::memcpy(out, p, sizeof out); // BUG
  std::printf("%.4s %zu\n", out, v.capacity());
  return 0;
}
