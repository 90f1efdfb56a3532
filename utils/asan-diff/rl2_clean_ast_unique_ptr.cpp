// EXPECT: none
// an expression AST of unique_ptr nodes: parsed recursively, simplified by moving subtrees around, evaluated with std::map environments, errors thrown from deep recursion and caught
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

struct Node {
  char op;   // 'n' number, 'v' variable, or + - * /
  long value = 0;
  std::string name;
  std::unique_ptr<Node> l, r;
};

using P = std::unique_ptr<Node>;

class Parser {
public:
  explicit Parser(std::string s) : s_(std::move(s)) {}
  P parse() {
    P e = expr();
    if (i_ != s_.size()) throw std::runtime_error("trailing input at " + std::to_string(i_));
    return e;
  }

private:
  P expr() {
    P l = term();
    while (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) {
      auto n = std::make_unique<Node>();
      n->op = s_[i_++];
      n->l = std::move(l);
      n->r = term();
      l = std::move(n);
    }
    return l;
  }
  P term() {
    P l = atom();
    while (i_ < s_.size() && (s_[i_] == '*' || s_[i_] == '/')) {
      auto n = std::make_unique<Node>();
      n->op = s_[i_++];
      n->l = std::move(l);
      n->r = atom();
      l = std::move(n);
    }
    return l;
  }
  P atom() {
    if (i_ >= s_.size()) throw std::runtime_error("unexpected end");
    auto n = std::make_unique<Node>();
    if (s_[i_] == '(') {
      i_++;
      P e = expr();
      if (i_ >= s_.size() || s_[i_] != ')') throw std::runtime_error("missing ) in " + s_.substr(0, 20));
      i_++;
      return e;
    }
    if (s_[i_] >= '0' && s_[i_] <= '9') {
      n->op = 'n';
      while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') n->value = n->value * 10 + (s_[i_++] - '0');
      return n;
    }
    n->op = 'v';
    while (i_ < s_.size() && s_[i_] >= 'A' && s_[i_] <= 'z') n->name += s_[i_++];
    if (n->name.empty()) throw std::runtime_error(std::string("bad char ") + s_[i_]);
    return n;
  }
  std::string s_;
  size_t i_ = 0;
};

// x*1 -> x, x+0 -> x, constant folding: moves subtrees out of their parents
static P simplify(P n) {
  if (!n || n->op == 'n' || n->op == 'v') return n;
  n->l = simplify(std::move(n->l));
  n->r = simplify(std::move(n->r));
  if (n->l->op == 'n' && n->r->op == 'n' && !(n->op == '/' && n->r->value == 0)) {
    long a = n->l->value, b = n->r->value;
    long v = n->op == '+' ? a + b : n->op == '-' ? a - b : n->op == '*' ? a * b : a / b;
    auto c = std::make_unique<Node>();
    c->op = 'n';
    c->value = v;
    return c;
  }
  if ((n->op == '*' && n->r->op == 'n' && n->r->value == 1) || (n->op == '+' && n->r->op == 'n' && n->r->value == 0))
    return std::move(n->l);
  return n;
}

static long eval(const Node *n, const std::map<std::string, long> &env, int depth) {
  if (depth > 200) throw std::runtime_error("too deep");
  switch (n->op) {
  case 'n': return n->value;
  case 'v': {
    auto it = env.find(n->name);
    if (it == env.end()) throw std::out_of_range("unbound " + n->name);
    return it->second;
  }
  }
  long a = eval(n->l.get(), env, depth + 1), b = eval(n->r.get(), env, depth + 1);
  switch (n->op) {
  case '+': return a + b;
  case '-': return a - b;
  case '*': return a * b;
  default: if (b == 0) throw std::domain_error("division by zero"); return a / b;
  }
}

static int count(const Node *n) { return n ? 1 + count(n->l.get()) + count(n->r.get()) : 0; }

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string word = argc > 2 ? argv[2] : "abc";
  std::map<std::string, long> env{{"x", n}, {"y", 3}, {word.substr(0, 3), 7}};
  std::vector<std::string> sources;
  std::string deep = "1";
  for (int i = 0; i < n * 4; i++) deep = "(" + deep + "+" + std::to_string(i % 3) + ")*1";
  sources.push_back(deep);
  sources.push_back("x*(y+2)-" + word.substr(0, 3) + "/(1+1)");
  sources.push_back("(x+" + word.substr(0, 3) + ")*(x-y)*1+0");
  sources.push_back("x/(y-3)");
  sources.push_back("zz+1");
  sources.push_back("(x+1");
  sources.push_back("x+#");
  long total = 0;
  int errors = 0, nodes = 0;
  for (const std::string &src : sources) {
    try {
      P ast = Parser(src).parse();
      int before = count(ast.get());
      ast = simplify(std::move(ast));
      nodes += before - count(ast.get());
      total += eval(ast.get(), env, 0);
    } catch (const std::exception &e) {
      errors++;
      std::printf("error: %s\n", e.what());
    }
  }
  std::printf("total=%ld errors=%d removed=%d\n", total, errors, nodes);
  return 0;
}
