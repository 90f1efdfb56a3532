// EXPECT: heap-buffer-overflow
// A std::vector<char> filled from the command line without a trailing '\0' is searched with strchr through data().
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>
struct Token {
  std::vector<char> text;
  bool has_colon() const { return std::strchr(text.data(), ':') != nullptr; } // BUG
};
int main(int argc, char **argv) {
  Token t;
  int n = std::atoi(argv[1]);
  t.text.assign(argv[2], argv[2] + n);
  t.text.shrink_to_fit();
  std::printf("%d %zu\n", t.has_colon(), t.text.size());
  return 0;
}
