// EXPECT: none
// FLAGS: -std=c++20
// Temporaries whose lifetime is extended or that are used within their full
// expression: const& bound to prvalues, structured bindings to a returned
// pair, brace aggregate init of reference members, range-for over a
// temporary's member, initializer_list used inside its declaration scope,
// default const& arguments used inside the call.
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <string>
#include <utility>
struct Bag { int items[4]; };
struct Range { const long &lo; const long &hi; };
__attribute__((noinline)) static Bag make_bag(int n) { return Bag{{n, n + 1, n + 2, n + 3}}; }
__attribute__((noinline)) static std::pair<std::string, int> named(int n) { return {"n" + std::to_string(n), n}; }
__attribute__((noinline)) static int total(std::initializer_list<int> il) { int s = 0; for (int v : il) s += v; return s; }
__attribute__((noinline)) static long weight(const Bag &b = Bag{{1, 2, 3, 4}}) { return b.items[3]; }
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  const Bag &b = make_bag(n);
  const auto &[name, id] = named(argc);
  Range r{n - 1L, n + 1L};
  long t = b.items[3] + name.size() + id + r.hi - r.lo;
  for (int v : make_bag(argc).items) t += v;
  std::initializer_list<int> il = {n, argc, 5};
  for (int v : il) t += v;
  t += total({n, n, n}) + weight() + weight(make_bag(n));
  const std::string &s = std::string("temp") + argv[2];
  t += s.size();
  std::printf("%ld\n", t);
  return 0;
}
