// EXPECT: heap-use-after-free
// FLAGS: -std=c++20
// A scheduler resumes a coroutine whose frame was already destroyed.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <vector>
struct Task {
  struct promise_type {
    Task get_return_object() { return Task{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() { std::abort(); }
  };
  std::coroutine_handle<promise_type> h;
};
static long counter;
Task tick(int steps) {
  for (int i = 0; i < steps; i++) {
    counter += i;
    co_await std::suspend_always{};
  }
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<std::coroutine_handle<>> ready;
  Task t = tick(n);
  ready.push_back(t.h);
  ready.front().resume();
  t.h.destroy();
  for (auto h : ready) h.resume(); // BUG
  std::printf("%ld\n", counter);
  return 0;
}
