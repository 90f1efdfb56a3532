// EXPECT: stack-use-after-scope
// Short keys (all under 16 characters, so std::string keeps them inside
// the object) are built in a std::string local to the loop body and their
// c_str() is cached by key length. After the loop the cache is consulted:
// the pointer leads into the string object of a loop body that has ended.
#include <cstdio>
#include <cstdlib>
#include <string>

__attribute__((noinline)) static unsigned first_bytes(const char *s) {
  return (unsigned char)s[0] * 256u + (unsigned char)s[1]; // BUG
}

int main(int argc, char **argv) {
  const char *words[] = {"ab", "cde", "fghi", "jk", "lmnop"};
  const char *by_len[8] = {};
  int n = std::atoi(argv[1]) / 2; /* 5 */
  for (int i = 0; i < n; i++) {
    std::string key = std::string(words[i]) + "_k";
    by_len[key.size() % 8] = key.c_str();
  }
  unsigned h = 0;
  for (int l = 0; l < 8; l++)
    if (by_len[l]) h ^= first_bytes(by_len[l]);
  std::printf("%u %d\n", h, argc);
  return 0;
}
