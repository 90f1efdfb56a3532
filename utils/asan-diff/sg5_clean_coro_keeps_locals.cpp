// EXPECT: none
// FLAGS: -std=c++20
// A C++20 coroutine keeps a local array, a std::string and a pointer into
// the array across many suspensions; the caller drives it to completion.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
struct Gen {
  struct promise_type {
    int value = 0;
    Gen get_return_object() { return Gen{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(int v) { value = v; return {}; }
    void return_void() {}
    void unhandled_exception() { std::terminate(); }
  };
  std::coroutine_handle<promise_type> h;
  explicit Gen(std::coroutine_handle<promise_type> h) : h(h) {}
  Gen(Gen &&o) noexcept : h(o.h) { o.h = {}; }
  ~Gen() { if (h) h.destroy(); }
  bool next() { h.resume(); return !h.done(); }
  int value() const { return h.promise().value; }
};
static Gen running_window(int n) {
  int window[8] = {};
  std::string tag = "window-of-eight";
  int *slot = window;
  for (int i = 0; i < n; i++) {
    *slot = i;
    slot = window + (i + 1) % 8;
    int s = 0;
    for (int v : window) s += v;
    co_yield s + tag[i % tag.size()];
  }
}
int main(int argc, char **argv) {
  Gen g = running_window(std::atoi(argv[1]) * 5);
  long t = 0;
  while (g.next()) t += g.value();
  std::printf("%ld %d\n", t, argc);
  return 0;
}
