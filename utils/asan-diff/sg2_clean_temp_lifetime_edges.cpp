// EXPECT: none
// Temporaries that live long enough: lifetime extension through the
// conditional operator, aggregate members, braced arrays and
// initializer_list in range-for; pointers into temporaries used within
// their full-expression; default-argument temporaries.
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <string>
#include <string_view>
struct Pair { const std::string &a; int b; };
struct Box { int v[4]; std::string s; };
__attribute__((noinline)) static Box make_box(int n) { return Box{{n, n + 1, n + 2, n + 3}, std::string(3, 'a' + n % 26)}; }
__attribute__((noinline)) static const char *first3(const std::string &s) { return s.c_str(); }
__attribute__((noinline)) static size_t len_of(const char *p) { size_t n = 0; while (p[n]) n++; return n; }
__attribute__((noinline)) static int with_default(const int &x = 40 + 2) { return x; }
__attribute__((noinline)) static std::string_view sv_of(const std::string &s) { return s; }
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  const std::string &c = n > 5 ? std::string("long enough text to be on the heap!") : std::string("sso");
  Pair p{std::string("inline"), n};
  const int (&arr)[3] = {n, n * 2, n * 3};
  const Box &b = make_box(n);
  long total = (long)c.size() + (long)p.a.size() + p.b + arr[2] + b.v[3] + b.s[2];
  for (int x : {n, argc, 7}) total += x;
  for (const std::string &s : {std::string("a1"), std::string(argv[2])}) total += (long)s.size();
  total += (long)len_of(first3(std::string(argv[2]) + "-suffix"));
  total += (long)sv_of(std::string("xyz") + argv[2]).size();
  total += with_default() + with_default(n);
  const auto &ref = make_box(argc).v;
  total += ref[3];
  std::printf("%ld %s\n", total, c.c_str());
  return 0;
}
