// EXPECT: none
// FLAGS: -std=c++20
// Lambdas that capture locals by value (arrays, strings, *this copies,
// init-captures) are returned from their functions, stored in
// std::function and called after those frames are gone.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>
struct Acc {
  int vals[8];
  auto summer() const { return [*this](int k) { long s = 0; for (int i = 0; i < 8; i++) s += vals[i] * k; return s; }; }
};
__attribute__((noinline)) static std::function<long(int)> make_table(int n) {
  int table[16];
  for (int i = 0; i < 16; i++) table[i] = i * n;
  return [table](int i) { return long(table[i % 16]); };
}
__attribute__((noinline)) static std::function<long(int)> make_str(int n) {
  char buf[12];
  std::snprintf(buf, sizeof buf, "n=%d", n);
  std::string s = buf;
  return [s, copy = std::to_array(buf)](int i) { return long(s[i % s.size()] + copy[11]); };
}
__attribute__((noinline)) static auto make_acc(int n) {
  Acc a;
  for (int i = 0; i < 8; i++) a.vals[i] = n + i;
  return a.summer();
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<std::function<long(int)>> fs;
  for (int r = 0; r < 5; r++) {
    fs.push_back(make_table(n + r));
    fs.push_back(make_str(n * r));
    fs.push_back(make_acc(r));
  }
  long s = 0;
  for (auto &f : fs) s += f(argc + 15);
  std::printf("%ld %d\n", s, argc);
  return 0;
}
