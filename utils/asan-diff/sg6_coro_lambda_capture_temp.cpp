// EXPECT: stack-use-after-scope
// FLAGS: -std=c++20
// A coroutine lambda captures a value; the lambda object is a temporary that
// dies at the end of the full-expression that starts the coroutine, but the
// coroutine body reads its capture (through the closure's this) when resumed.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
struct Task {
  struct promise_type {
    int out = 0;
    Task get_return_object() { return Task{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() { std::abort(); }
  };
  std::coroutine_handle<promise_type> h;
};
int main(int argc, char **argv) {
  int base = std::atoi(argv[1]);
  Task t = [base]() -> Task {
    co_await std::suspend_always{};
    int v = base * 3; // BUG
    std::printf("%d\n", v);
  }();
  t.h.resume();
  t.h.resume();
  std::printf("%d\n", argc);
  t.h.destroy();
  return 0;
}
