// EXPECT: heap-use-after-free
// A pointer into a vector<char>'s storage is measured with strlen after push_back reallocated it.
#include <cstdio>
#include <cstring>
#include <vector>
int main(int argc, char **argv) {
  std::vector<char> buf(argv[2], argv[2] + 5);
  buf.push_back('\0');
  const char *p = buf.data();
  for (const char *q = argv[2]; *q; ++q)
    buf.push_back(*q);
  std::size_t n = std::strlen(p); // BUG
  std::printf("%zu\n", n);
  return 0;
}
