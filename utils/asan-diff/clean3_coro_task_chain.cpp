// EXPECT: none
// FLAGS: -std=c++20
// Lazily started C++20 tasks awaiting each other four levels deep
// (symmetric transfer on completion); each task frame holds an array
// that is read after its co_await resumes, and the result travels back
// up by value.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <utility>

struct Task {
  struct promise_type {
    long value = 0;
    std::coroutine_handle<> waiter;
    Task get_return_object() { return Task{Handle::from_promise(*this)}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    struct Final {
      bool await_ready() noexcept { return false; }
      std::coroutine_handle<> await_suspend(std::coroutine_handle<promise_type> h) noexcept {
        auto w = h.promise().waiter;
        return w ? w : std::noop_coroutine();
      }
      void await_resume() noexcept {}
    };
    Final final_suspend() noexcept { return {}; }
    void return_value(long v) { value = v; }
    void unhandled_exception() { std::terminate(); }
  };
  using Handle = std::coroutine_handle<promise_type>;
  Handle h;
  explicit Task(Handle x) : h(x) {}
  Task(Task &&o) noexcept : h(std::exchange(o.h, {})) {}
  ~Task() {
    if (h) h.destroy();
  }
  bool await_ready() { return false; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<> w) {
    h.promise().waiter = w;
    return h;
  }
  long await_resume() { return h.promise().value; }
};

Task level(int depth, int seed) {
  int window[9];
  for (int i = 0; i < 9; i++) window[i] = seed * (depth + 1) + i;
  long below = 0;
  if (depth > 0) below = co_await level(depth - 1, window[8] % 97);
  long s = below;
  for (int i = 0; i < 9; i++) s += window[i];
  co_return s % 1000003;
}

int main(int argc, char **argv) {
  int seed = std::atoi(argv[1]);
  long total = 0;
  for (int r = 0; r < 200; r++) {
    Task t = level(4, seed + r);
    t.h.resume();
    if (!t.h.done()) return 1;
    total += t.h.promise().value;
  }
  std::printf("%ld %d\n", total, argc);
  return 0;
}
