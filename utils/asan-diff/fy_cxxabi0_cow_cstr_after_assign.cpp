// EXPECT: heap-use-after-free
// FLAGS: -D_GLIBCXX_USE_CXX11_ABI=0
// Built against libstdc++'s old (pre-C++11, copy-on-write) std::string
// ABI, as code linking old libraries still is. A copy shares the
// original's reference-counted buffer; a pointer from c_str() is kept
// while both strings are reassigned, the last reference is dropped, and
// the pointer is used.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

struct Token { std::string text; int kind; };

int main(int argc, char **argv) {
  std::vector<Token> toks;
  toks.push_back(Token{argv[2], 1});
  std::string copy = toks[0].text;           // shares the COW buffer
  const char *view = copy.c_str();
  toks[0].text = "replaced";
  copy.assign(static_cast<size_t>(std::atoi(argv[1])) * 20, '-');
  std::printf("%c %zu\n", view[0], copy.size()); // BUG
  return 0;
}
