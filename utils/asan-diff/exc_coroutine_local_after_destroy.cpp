// EXPECT: heap-use-after-free
// FLAGS: -std=c++20
// A generator coroutine hands out a pointer to its local buffer; its body
// then throws, the promise records the exception, and the owner destroys
// the coroutine frame before the consumer reads through the pointer.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <stdexcept>

struct Gen {
  struct promise_type {
    const char *current = nullptr;
    std::exception_ptr error;
    Gen get_return_object() { return Gen{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(const char *p) { current = p; return {}; }
    void return_void() {}
    void unhandled_exception() { error = std::current_exception(); }
  };
  std::coroutine_handle<promise_type> h;
};

__attribute__((noinline)) static Gen lines(const char *src, int n) {
  char line[64];
  for (int i = 0;; i++) {
    std::snprintf(line, sizeof line, "%d:%s", i, src + i);
    co_yield line;
    if (i == n / 2) throw std::runtime_error("read error");
  }
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  Gen g = lines(argv[2], n);
  const char *last = nullptr;
  while (true) {
    g.h.resume();
    if (g.h.promise().error || g.h.done()) break;
    last = g.h.promise().current;
  }
  bool failed = g.h.promise().error != nullptr;
  g.h.destroy();
  std::printf("%d %c\n", failed, last[2]); // BUG
  return 0;
}
