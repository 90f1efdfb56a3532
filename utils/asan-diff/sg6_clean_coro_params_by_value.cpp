// EXPECT: none
// FLAGS: -std=c++20
// Coroutines take a std::string, a std::array and a struct by value (copied
// into the coroutine frame); the function that started them returns before
// they are resumed; locals of the coroutine live across several yields.
#include <array>
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>
struct Gen {
  struct promise_type {
    long out = 0;
    Gen get_return_object() { return Gen{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(long v) { out = v; return {}; }
    void return_void() {}
    void unhandled_exception() { std::abort(); }
  };
  std::coroutine_handle<promise_type> h;
};
struct Cfg { int scale; char tag[5]; };
Gen walk(std::string s, std::array<int, 6> a, Cfg c) {
  int local[6];
  for (int i = 0; i < 6; i++) local[i] = a[i] * c.scale;
  for (int i = 0; i < 6; i++) {
    co_yield local[i] + s[i % s.size()] + c.tag[4];
    local[5 - i] += 1;
  }
}
__attribute__((noinline)) static Gen start(int n) {
  std::string s = "abc" + std::to_string(n);
  std::array<int, 6> a{n, n + 1, n + 2, n + 3, n + 4, n + 5};
  Cfg c{n, {'t', 'a', 'g', '!', 0}};
  return walk(s, a, c);
}
int main(int argc, char **argv) {
  std::vector<Gen> gens;
  for (int r = 0; r < 4; r++) gens.push_back(start(std::atoi(argv[1]) + r));
  long total = 0;
  for (int step = 0; step < 7; step++)
    for (auto &g : gens)
      if (!g.h.done()) { g.h.resume(); if (!g.h.done()) total += g.h.promise().out; }
  for (auto &g : gens) g.h.destroy();
  std::printf("%ld %d\n", total, argc);
  return 0;
}
