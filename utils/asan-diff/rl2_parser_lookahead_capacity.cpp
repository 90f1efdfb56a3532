// EXPECT: container-overflow
// FLAGS: -D_GLIBCXX_SANITIZE_VECTOR
// the expression parser peeks one token ahead with tokens_[pos_ + 1] without a bound; the token vector was reserved larger, so the read stays inside its capacity
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

struct Token {
  char kind;   // 'n' number, 'i' identifier, or the operator character
  long value;
  std::string text;
};

class Lexer {
public:
  explicit Lexer(const std::string &s) : src_(s) {}
  std::vector<Token> run() {
    std::vector<Token> out;
    out.reserve(src_.size());   // generous: at most one token per byte
    size_t i = 0;
    while (i < src_.size()) {
      char c = src_[i];
      if (std::isspace(static_cast<unsigned char>(c))) { i++; continue; }
      if (std::isdigit(static_cast<unsigned char>(c))) {
        long v = 0;
        while (i < src_.size() && std::isdigit(static_cast<unsigned char>(src_[i]))) v = v * 10 + (src_[i++] - '0');
        out.push_back({'n', v, ""});
      } else if (std::isalpha(static_cast<unsigned char>(c))) {
        size_t s = i;
        while (i < src_.size() && std::isalnum(static_cast<unsigned char>(src_[i]))) i++;
        out.push_back({'i', 0, src_.substr(s, i - s)});
      } else {
        out.push_back({c, 0, ""});
        i++;
      }
    }
    return out;
  }

private:
  const std::string &src_;
};

class Parser {
public:
  explicit Parser(std::vector<Token> &t, long var) : tokens_(t), var_(var) {}
  long expr() {
    long v = term();
    while (pos_ < tokens_.size() && (tokens_[pos_].kind == '+' || tokens_[pos_].kind == '-')) {
      char op = tokens_[pos_++].kind;
      long r = term();
      v = op == '+' ? v + r : v - r;
    }
    return v;
  }

private:
  long term() {
    long v = factor();
    while (pos_ < tokens_.size() && (tokens_[pos_].kind == '*' || tokens_[pos_].kind == '/')) {
      char op = tokens_[pos_++].kind;
      long r = factor();
      v = op == '*' ? v * r : (r ? v / r : 0);
    }
    return v;
  }
  long factor() {
    if (pos_ >= tokens_.size()) return 0;
    const Token &t = tokens_[pos_];
    if (t.kind == '(') {
      pos_++;
      long v = expr();
      pos_++;   // ')'
      return v;
    }
    if (t.kind == 'i') {
      // a call "f(x)" if the next token is '('
      bool call = tokens_.data()[pos_ + 1].kind == '('; // BUG
      pos_++;
      if (call) {
        pos_++;
        long a = expr();
        pos_++;
        return a * a + static_cast<long>(t.text.size());
      }
      return var_ + static_cast<long>(t.text.size());
    }
    pos_++;
    return t.value;
  }

  std::vector<Token> &tokens_;
  size_t pos_ = 0;
  long var_;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string word = argc > 2 ? argv[2] : "abc";
  std::string src = "(" + std::to_string(n) + " + sq(3 * 4)) * 2 - " + word.substr(0, 6);
  Lexer lx(src);
  std::vector<Token> toks = lx.run();
  Parser p(toks, n);
  long v = p.expr();
  std::printf("tokens=%zu value=%ld src=%s\n", toks.size(), v, src.c_str());
  return 0;
}
