// EXPECT: heap-use-after-free
// FLAGS: -std=c++20
// The promise's result is read after a suspend_never final_suspend freed the frame.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
struct Compute {
  struct promise_type {
    long result = 0;
    Compute get_return_object() { return Compute{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_value(long v) { result = v; }
    void unhandled_exception() { std::abort(); }
  };
  std::coroutine_handle<promise_type> h;
  long get() {
    h.resume();
    return h.promise().result; // BUG
  }
};
Compute sum_to(int n) {
  long s = 0;
  for (int i = 1; i <= n; i++) s += i;
  co_return s;
}
int main(int argc, char **argv) {
  Compute c = sum_to(std::atoi(argv[1]));
  std::printf("%ld\n", c.get());
  return 0;
}
