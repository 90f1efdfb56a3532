// EXPECT: heap-buffer-overflow
// A std::u16string is built from a heap char16_t buffer that has no terminator.
#include <cstdio>
#include <cstdlib>
#include <string>
static char16_t *widen(const char *s, int n) {
  auto *w = new char16_t[n];
  for (int i = 0; i < n; i++) w[i] = static_cast<char16_t>(s[i]);
  return w;
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  char16_t *w = widen(argv[2], n);
  std::u16string title(w); // BUG
  std::printf("%zu\n", title.size());
  delete[] w;
  return 0;
}
