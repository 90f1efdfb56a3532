// EXPECT: stack-use-after-scope
// FLAGS: -std=c++20
// A lazily started coroutine takes a const int& to a block-scoped local;
// the block ends before the coroutine is first resumed, and the coroutine
// body reads through the reference.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
struct Task {
  struct promise_type {
    int result = 0;
    Task get_return_object() { return Task{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_value(int v) { result = v; }
    void unhandled_exception() { std::abort(); }
  };
  std::coroutine_handle<promise_type> h;
};
Task twice(const int &x) {
  co_return x * 2; // BUG
}
int main(int argc, char **argv) {
  Task t{};
  {
    int local = std::atoi(argv[1]);
    t = twice(local);
  }
  void *volatile addr = t.h.address();
  std::coroutine_handle<>::from_address(addr).resume();
  std::printf("%d\n", t.h.promise().result);
  t.h.destroy();
  return 0;
}
