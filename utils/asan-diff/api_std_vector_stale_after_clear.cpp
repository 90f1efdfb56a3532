// EXPECT: container-overflow
// FLAGS: -D_GLIBCXX_SANITIZE_VECTOR=1
// A lexer keeps its tokens in a std::vector<int> that is
// cleared between lines of input and reused; a "previous token" pointer was
// taken into the vector's storage before clear(). Since clear() keeps the
// capacity, the stale pointer still points into the buffer, but libstdc++'s
// annotations (enabled with _GLIBCXX_SANITIZE_VECTOR) poison the now unused
// capacity: reading through it is a container-overflow.
#include <cstdio>
#include <cstdlib>
#include <vector>

struct Lexer {
  std::vector<int> toks;
  const int *prev = nullptr;

  void lex(const char *s) {
    toks.clear();
    for (; *s; ++s)
      if (*s != ' ') toks.push_back(*s);
    if (!toks.empty()) prev = &toks.back();
  }
};

int main(int argc, char **argv) {
  Lexer lx;
  lx.toks.reserve(std::atoi(argv[1]) * 4);
  lx.lex(argv[2]);
  std::printf("%zu tokens, last %c\n", lx.toks.size(), *lx.prev);
  const int *keep = lx.prev;
  lx.lex("a b");
  std::printf("%zu tokens, last %c\n", lx.toks.size(), *lx.prev);
  std::printf("previous line ended with %c\n", *keep); // BUG
  return 0;
}
