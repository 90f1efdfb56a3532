// EXPECT: heap-use-after-free
#include <cstdio>
#include <cstdlib>
#include <cwchar>
#include <string>
static std::wstring name(int n) { return std::wstring(n, L'w'); }
int main(int argc, char **argv) {
  const wchar_t *p = name(std::atoi(argv[1]) * 3).c_str();
  std::size_t len = std::wcslen(p); // BUG
  std::printf("%zu\n", len);
  return 0;
}
