// EXPECT: heap-use-after-free
// A pointer to a vector's first element is taken before reserve() grows it.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>
struct Token { int kind; int offset; };
class Lexer {
 public:
  explicit Lexer(const char *text) : text_(text) {}
  void prepare(size_t expected) { tokens_.reserve(expected); }
  void push(int kind, int off) { tokens_.push_back({kind, off}); }
  Token *first() { return tokens_.data(); }
 private:
  std::string text_;
  std::vector<Token> tokens_;
};
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  Lexer lx(argv[2]);
  lx.push(1, 0);
  lx.push(2, 1);
  Token *head = lx.first();
  lx.prepare(n * 8);
  for (int i = 0; i < n; i++) lx.push(3, i);
  std::printf("head kind %d\n", head->kind); // BUG
  return 0;
}
