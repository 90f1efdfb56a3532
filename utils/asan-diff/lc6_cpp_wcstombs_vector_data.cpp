// EXPECT: heap-buffer-overflow
// wcstombs of a 12-character std::wstring into a std::vector<char> of four, limit from the string.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>
int main(int argc, char **argv) {
  std::wstring w;
  for (int i = 0; i < std::atoi(argv[1]) + 2; i++)
    w.push_back(argv[2][i]);
  std::vector<char> v(4);
  size_t r = std::wcstombs(v.data(), w.c_str(), w.size() + 1); // BUG
  std::printf("%zu %c\n", r, v[0]);
  return 0;
}
