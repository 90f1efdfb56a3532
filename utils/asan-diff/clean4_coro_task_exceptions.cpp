// EXPECT: none
// FLAGS: -std=c++20
// Lazily started C++20 tasks awaiting each other recursively; some throw
// from deep inside (after using local arrays), the exception is stored by
// unhandled_exception and rethrown into the awaiting task by
// await_resume, which catches it and continues with its own arrays.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <stdexcept>
#include <utility>

struct Task {
  struct promise_type {
    long value = 0;
    std::exception_ptr error;
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
    void unhandled_exception() { error = std::current_exception(); }
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
  long await_resume() {
    if (h.promise().error) std::rethrow_exception(h.promise().error);
    return h.promise().value;
  }
};

__attribute__((noinline)) static long check(const long *v, int n, int fail) {
  long s = 0;
  for (int i = 0; i < n; i++) s += v[i];
  if (fail) throw std::runtime_error("check failed");
  return s;
}

Task node(int depth, int seed) {
  long vals[12];
  for (int i = 0; i < 12; i++) vals[i] = seed + i * depth;
  long below = 0;
  if (depth > 0) {
    try {
      below = co_await node(depth - 1, seed * 3 % 101);
    } catch (const std::runtime_error &e) {
      below = -(long)std::strlen(e.what());
    }
  }
  co_return below + check(vals, 12, depth == 0 && seed % 2 == 1);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  long total = 0;
  for (int r = 0; r < n * 40; r++) {
    Task t = node(6 + r % 10, r);
    t.h.resume();
    try {
      total += t.await_resume();
    } catch (const std::exception &) {
      total -= 1;
    }
  }
  std::printf("%ld\n", total);
  return 0;
}
