// EXPECT: none
// FLAGS: -std=c++20
// A chain of awaiting tasks with symmetric transfer (await_suspend returns
// the continuation): the innermost task throws, each level's promise
// captures the exception and the awaiting level rethrows it in
// await_resume; the middle levels catch some and continue.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <stdexcept>
#include <string>
#include <utility>

struct Task {
  struct promise_type {
    long value = 0;
    std::exception_ptr error;
    std::coroutine_handle<> cont = std::noop_coroutine();
    Task get_return_object() { return Task{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    struct Final {
      bool await_ready() noexcept { return false; }
      std::coroutine_handle<> await_suspend(std::coroutine_handle<promise_type> h) noexcept { return h.promise().cont; }
      void await_resume() noexcept {}
    };
    Final final_suspend() noexcept { return {}; }
    void return_value(long v) { value = v; }
    void unhandled_exception() { error = std::current_exception(); }
  };
  std::coroutine_handle<promise_type> h;
  explicit Task(std::coroutine_handle<promise_type> c) : h(c) {}
  Task(Task &&o) noexcept : h(std::exchange(o.h, nullptr)) {}
  ~Task() { if (h) h.destroy(); }
  bool await_ready() { return false; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<> c) { h.promise().cont = c; return h; }
  long await_resume() {
    if (h.promise().error) std::rethrow_exception(h.promise().error);
    return h.promise().value;
  }
};

static Task leaf(const char *s, int k) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%s-%d", s, k);
  if (k % 3 == 0) throw std::runtime_error(std::string("leaf failed: ") + buf);
  co_return buf[0] + k;
}

static Task level(const char *s, int depth, int k) {
  long mine[6] = {depth, k};
  if (depth == 0) co_return co_await leaf(s, k);
  long r = 0;
  try {
    r = co_await level(s, depth - 1, k);
  } catch (const std::runtime_error &e) {
    if (depth % 2) throw;
    mine[2] = (long)std::strlen(e.what());
  }
  co_return r + mine[0] + mine[2];
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  long total = 0;
  for (int k = 0; k < n * 6; k++) {
    Task t = level(argv[2], 7, k);
    t.h.resume();
    try {
      total += t.await_resume();
    } catch (const std::exception &e) {
      total += (long)std::strlen(e.what());
    }
  }
  std::printf("%ld\n", total);
  return 0;
}
