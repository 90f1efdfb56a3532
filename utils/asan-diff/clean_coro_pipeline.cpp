// EXPECT: none
// FLAGS: -std=c++20
// A coroutine pipeline: a generator of numbers feeds a filtering generator
// that feeds a mapping generator; each keeps local arrays in its frame
// across suspensions; frames are destroyed by RAII and recreated many times.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
struct Gen {
  struct promise_type {
    long value = 0;
    Gen get_return_object() { return Gen{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(long v) { value = v; return {}; }
    void return_void() {}
    void unhandled_exception() { std::abort(); }
  };
  std::coroutine_handle<promise_type> h;
  explicit Gen(std::coroutine_handle<promise_type> h) : h(h) {}
  Gen(Gen &&o) noexcept : h(std::exchange(o.h, {})) {}
  ~Gen() { if (h) h.destroy(); }
  bool next() { h.resume(); return !h.done(); }
  long value() const { return h.promise().value; }
};
Gen numbers(int n) {
  int window[16] = {};
  for (int i = 0; i < n; i++) { window[i % 16] = i; co_yield window[i % 16] + window[15]; }
}
Gen evens(Gen src) {
  char tag[24];
  std::snprintf(tag, sizeof tag, "evens");
  while (src.next()) if (src.value() % 2 == 0) co_yield src.value() + tag[4] - 's';
}
Gen squares(Gen src, std::string label) {
  long hist[10] = {};
  while (src.next()) { long v = src.value(); hist[v % 10]++; co_yield v * v + hist[9] + label.size(); }
}
int main(int argc, char **argv) {
  long s = 0;
  int n = std::atoi(argv[1]) * 10;
  for (int r = 0; r < 200; r++) {
    Gen g = squares(evens(numbers(n + r % 7)), std::string(40, 'L'));
    while (g.next()) s += g.value();
  }
  std::printf("%ld\n", s);
  return 0;
}
