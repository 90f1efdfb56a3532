// EXPECT: stack-buffer-overflow
// std::ctype<char>::widen(lo, hi, to) over argv + 2 chars into a char[8].
#include <cstdio>
#include <cstdlib>
#include <locale>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  const std::ctype<char> &ct = std::use_facet<std::ctype<char>>(std::locale::classic());
  char out[8];
  ct.widen(argv[2], argv[2] + n + 2, out); // BUG
  std::printf("%c%c\n", out[0], out[7]);
  return 0;
}
