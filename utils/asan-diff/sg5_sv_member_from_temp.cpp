// EXPECT: stack-use-after-scope
// A tokenizer keeps a std::string_view of the const std::string& its
// constructor got, and is constructed from a temporary concatenation.
#include <cstdio>
#include <string>
#include <string_view>
class Tokenizer {
public:
  explicit Tokenizer(const std::string &s) : text_(s) {}
  __attribute__((noinline)) char peek(size_t i) const { return text_[i]; } // BUG
private:
  std::string_view text_;
  size_t pos_ = 0;
};
int main(int argc, char **argv) {
  Tokenizer t(std::string("key=") + argv[1]);
  std::printf("%c %d\n", t.peek(4), argc);
  return 0;
}
