// EXPECT: stack-buffer-overflow
// std::codecvt<wchar_t, char, mbstate_t>::out into a char[8] told it has 64 bytes (wcsnrtombs inside libstdc++).
#include <cstdio>
#include <cstdlib>
#include <cwchar>
#include <locale>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  wchar_t wide[32];
  for (int i = 0; i < 2 * n; i++) wide[i] = argv[2][i];
  const auto &cv = std::use_facet<std::codecvt<wchar_t, char, std::mbstate_t>>(std::locale::classic());
  std::mbstate_t st{};
  const wchar_t *from_next;
  char out[8];
  char *to_next;
  auto r = cv.out(st, wide, wide + 2 * n, from_next, out, out + 64, to_next); // BUG
  std::printf("%d %d %c\n", (int)r, (int)(to_next - out), out[0]);
  return 0;
}
