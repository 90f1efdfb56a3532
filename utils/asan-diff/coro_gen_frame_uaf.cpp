// EXPECT: heap-use-after-free
// FLAGS: -std=c++20
// A generator coroutine's frame (heap-allocated) is destroyed with
// handle.destroy(); the promise's current value is then read through the
// stale handle.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
struct Gen {
  struct promise_type {
    int value = 0;
    Gen get_return_object() { return Gen{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(int v) { value = v; return {}; }
    void return_void() {}
    void unhandled_exception() { std::abort(); }
  };
  std::coroutine_handle<promise_type> h;
};
Gen count(int from) {
  for (int i = from;; i++) co_yield i;
}
int main(int argc, char **argv) {
  Gen g = count(std::atoi(argv[1]));
  void *volatile addr = g.h.address();
  auto h = std::coroutine_handle<Gen::promise_type>::from_address(addr);
  h.resume();
  int first = h.promise().value;
  h.destroy();
  std::printf("%d %d\n", first, h.promise().value); // BUG
  return 0;
}
