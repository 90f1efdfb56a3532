// EXPECT: stack-use-after-return
// FLAGS: -std=c++20
// A helper resumes a coroutine after pointing the coroutine at its own
// local; main resumes it again after the helper returned.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
struct Task {
  struct promise_type {
    long out = 0;
    Task get_return_object() { return Task{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(long v) { out = v; return {}; }
    void return_void() {}
    void unhandled_exception() { std::abort(); }
  };
  std::coroutine_handle<promise_type> h;
};
static const long *volatile inbox;
Task consumer() {
  const long *src = inbox;
  long sum = 0;
  for (int i = 0; i < 2; i++) {
    sum += src[i]; // BUG
    co_yield sum;
  }
}
__attribute__((noinline)) static void prime(Task &t, long seed) {
  long data[2] = {seed, seed + 1};
  inbox = data;
  t.h.resume();
}
int main(int argc, char **argv) {
  Task t = consumer();
  prime(t, std::atol(argv[1]));
  t.h.resume();
  std::printf("%ld %d\n", t.h.promise().out, argc);
  t.h.destroy();
  return 0;
}
