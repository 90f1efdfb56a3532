// EXPECT: global-buffer-overflow
// A global std::array<char, 7> receives a code with std::copy_n of the
// length the protocol allows (8); the copy writes one byte past the array.
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>

std::array<char, 7> g_code;
int g_code_set;

static void set_code(const char *src, std::size_t n) {
  char *out = g_code.data();
  for (std::size_t i = 0; i < n; i++)
    out[i] = src[i]; // BUG
  g_code_set = 1;
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::size_t len = static_cast<std::size_t>(n - 2 + (argc - 3)); // 8
  set_code(argv[argc - 1], len);
  std::printf("%d %c\n", g_code_set, g_code[0]);
  return 0;
}
