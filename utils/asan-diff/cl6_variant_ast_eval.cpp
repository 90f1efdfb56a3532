// EXPECT: none
// A small expression language: the AST is a std::variant of number,
// variable, unary and binary nodes (children in unique_ptr), evaluated with
// std::visit and a recursive lambda; the environment is a local std::array
// of std::optional<double> indexed by variable letter. A deep right-leaning
// chain (several thousand levels) is built, evaluated and torn down
// iteratively so destruction does not recurse.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <variant>

struct Node;
using NodeP = std::unique_ptr<Node>;
struct Num { double v; };
struct Var { char name; };
struct Neg { NodeP a; };
struct Bin { char op; NodeP l, r; };
struct Node { std::variant<Num, Var, Neg, Bin> v; };

using Env = std::array<std::optional<double>, 26>;

template <class... F> struct Overload : F... { using F::operator()...; };
template <class... F> Overload(F...) -> Overload<F...>;

__attribute__((noinline)) static double eval(const Node &n, const Env &env) {
  return std::visit(
      Overload{[](const Num &x) { return x.v; },
               [&](const Var &x) { return env[x.name - 'a'].value_or(0.0); },
               [&](const Neg &x) { return -eval(*x.a, env); },
               [&](const Bin &x) {
                 double l = eval(*x.l, env), r = eval(*x.r, env);
                 switch (x.op) {
                 case '+': return l + r;
                 case '-': return l - r;
                 case '*': return l * r;
                 default: return r != 0 ? l / r : 0.0;
                 }
               }},
      n.v);
}

static NodeP num(double v) { return NodeP(new Node{Num{v}}); }
static NodeP var(char c) { return NodeP(new Node{Var{c}}); }
static NodeP bin(char op, NodeP l, NodeP r) {
  return NodeP(new Node{Bin{op, std::move(l), std::move(r)}});
}

static void destroy_iteratively(NodeP root) {
  // Detach children before deleting a node so no deep recursion happens.
  std::unique_ptr<Node> stack[64];
  int top = 0;
  stack[top++] = std::move(root);
  while (top) {
    NodeP n = std::move(stack[--top]);
    if (auto *b = std::get_if<Bin>(&n->v)) {
      if (b->l && top < 64) stack[top++] = std::move(b->l);
      if (b->r && top < 64) stack[top++] = std::move(b->r);
    } else if (auto *g = std::get_if<Neg>(&n->v)) {
      if (g->a && top < 64) stack[top++] = std::move(g->a);
    }
  }
}

int main(int argc, char **argv) {
  int depth = (argc > 1 ? std::atoi(argv[1]) : 10) * 300;
  Env env{};
  for (int i = 0; i < 26; i += 2) env[i] = i * 0.25;
  NodeP root = num(1.0);
  for (int i = 0; i < depth; i++) {
    NodeP leaf = (i % 3) ? var((char)('a' + i % 26)) : NodeP(new Node{Neg{num(i * 0.001)}});
    root = bin("+-*"[i % 3] == '*' ? '+' : "+-*"[i % 3], std::move(leaf), std::move(root));
  }
  double r = eval(*root, env);
  NodeP small = bin('/', bin('*', var('c'), num(4)), bin('-', var('e'), var('b')));
  std::printf("%.3f %.3f\n", r, eval(*small, env));
  destroy_iteratively(std::move(root));
  destroy_iteratively(std::move(small));
  return 0;
}
