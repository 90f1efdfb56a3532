// EXPECT: none
// FLAGS: -std=c++17
// Block-scope arrays re-entered every loop iteration and through a goto
// back into a block, references to temporaries that lifetime extension
// keeps alive, structured bindings, lambdas capturing by reference used
// only inside the scope, string_view and span-like views of live locals.
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
struct Box { std::array<int, 5> v; };
__attribute__((noinline)) static Box make(int n) { return Box{{n, n + 1, n + 2, n + 3, n + 4}}; }
__attribute__((noinline)) static long sum(const int *p, int n) { long s = 0; for (int i = 0; i < n; i++) s += p[i]; return s; }
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  long t = 0;
  for (int i = 0; i < 100; i++) {
    int row[7];
    for (int j = 0; j < 7; j++) row[j] = i + j;
    t += sum(row, 7);
  }
  int round = 0;
again:
  {
    char buf[21];
    std::snprintf(buf, sizeof buf, "round-%d-%d", round, n);
    t += (long)std::strlen(buf);
  }
  if (++round < 5) goto again;
  const Box &b = make(n);
  for (int x : make(argc).v) t += x;
  t += b.v[4];
  const int &m = std::max(n, argc);
  t += m;
  const std::string &s = std::string(argv[2]) + "-suffix";
  t += (long)s.size();
  auto [lo, hi] = std::minmax({n, argc, 7});
  t += hi - lo;
  for (int i = 0; i < 10; i++) {
    int w = i * 3;
    std::function<int()> f = [&w] { return w + 1; };
    t += f();
    std::string local = "x" + std::to_string(i);
    std::string_view v = local;
    t += v.size();
  }
  std::printf("%ld\n", t);
  return 0;
}
