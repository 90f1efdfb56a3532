// EXPECT: heap-buffer-overflow
// std::collate<char>::compare with the first range's end argv + 5 past a new char[8].
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <locale>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  const std::collate<char> &co = std::use_facet<std::collate<char>>(std::locale::classic());
  char *a = new char[8];
  std::memcpy(a, argv[2], 8);
  int c = co.compare(a, a + n + 5, argv[2], argv[2] + 3); // BUG
  std::printf("%d\n", c);
  delete[] a;
  return 0;
}
