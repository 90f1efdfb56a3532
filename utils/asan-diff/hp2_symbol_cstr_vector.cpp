// EXPECT: heap-use-after-free
// a symbol table interns names in a std::vector<std::string> and hands out c_str() pointers; short names live in the strings' inline buffers, which move when the vector grows
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

class SymbolTable {
 public:
  const char *intern(const std::string &name) {
    auto it = index_.find(name);
    if (it != index_.end()) return names_[it->second].c_str();
    names_.push_back(name);
    index_.emplace(name, names_.size() - 1);
    return names_.back().c_str();
  }
  size_t size() const { return names_.size(); }

 private:
  std::vector<std::string> names_;
  std::unordered_map<std::string, size_t> index_;
};

struct Token {
  enum Kind { Ident, Number, Punct } kind;
  const char *sym; /* interned, for identifiers */
  long value;
};

static std::vector<Token> lex(const std::string &src, SymbolTable &syms) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < src.size()) {
    char c = src[i];
    if (c == ' ') {
      i++;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') {
      size_t j = i;
      while (j < src.size() && (std::isalnum((unsigned char)src[j]) || src[j] == '_')) j++;
      out.push_back(Token{Token::Ident, syms.intern(src.substr(i, j - i)), 0});
      i = j;
    } else if (c >= '0' && c <= '9') {
      long v = 0;
      while (i < src.size() && src[i] >= '0' && src[i] <= '9') v = v * 10 + (src[i++] - '0');
      out.push_back(Token{Token::Number, nullptr, v});
    } else {
      out.push_back(Token{Token::Punct, nullptr, c});
      i++;
    }
  }
  return out;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  SymbolTable syms;
  std::string src;
  for (int i = 0; i < n; i++) {
    src += "let " + alpha.substr((size_t)i % 6, 2 + i % 3) + " = " + alpha.substr((size_t)i % 4, 3) + " + " +
           std::to_string(i * 11) + "; ";
  }
  std::vector<Token> toks = lex(src, syms);
  std::unordered_map<const char *, int> uses;
  size_t ident_chars = 0;
  for (const Token &t : toks) {
    if (t.kind != Token::Ident) continue;
    uses[t.sym]++;
    ident_chars += std::strlen(t.sym); // BUG
  }
  long numbers = 0;
  for (const Token &t : toks)
    if (t.kind == Token::Number) numbers += t.value;
  std::printf("%zu tokens, %zu symbols, %zu distinct pointers, %zu ident chars, numbers %ld\n", toks.size(), syms.size(),
              uses.size(), ident_chars, numbers);
  return 0;
}
