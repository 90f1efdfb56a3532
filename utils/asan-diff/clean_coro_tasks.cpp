// EXPECT: none
// FLAGS: -std=c++20
// Lazily started tasks awaiting other tasks (symmetric transfer), with
// arguments copied into the frames (strings, arrays) and references only to
// locals that outlive the awaited task.
#include <array>
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
struct Task {
  struct promise_type {
    long result = 0;
    std::coroutine_handle<> cont;
    Task get_return_object() { return Task{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() { return {}; }
    struct Final {
      bool await_ready() noexcept { return false; }
      std::coroutine_handle<> await_suspend(std::coroutine_handle<promise_type> h) noexcept {
        auto c = h.promise().cont;
        return c ? c : std::noop_coroutine();
      }
      void await_resume() noexcept {}
    };
    Final final_suspend() noexcept { return {}; }
    void return_value(long v) { result = v; }
    void unhandled_exception() { std::abort(); }
  };
  std::coroutine_handle<promise_type> h;
  explicit Task(std::coroutine_handle<promise_type> h) : h(h) {}
  Task(Task &&o) noexcept : h(std::exchange(o.h, {})) {}
  ~Task() { if (h) h.destroy(); }
  bool await_ready() { return false; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<> c) { h.promise().cont = c; return h; }
  long await_resume() { return h.promise().result; }
};
Task leaf(std::array<int, 6> a, std::string s) { co_return a[5] + (long)s.size() + s[s.size() - 1]; }
Task mid(const std::array<int, 6> &ref, int depth) {
  std::array<int, 6> copy = ref;
  long t = 0;
  for (int i = 0; i < 3; i++) t += co_await leaf(copy, std::string(20 + i + depth, 'x'));
  if (depth > 0) t += co_await mid(copy, depth - 1);
  co_return t + ref[0];
}
int main(int argc, char **argv) {
  long s = 0;
  for (int r = 0; r < 100; r++) {
    std::array<int, 6> arr{};
    for (int i = 0; i < 6; i++) arr[i] = i + r + std::atoi(argv[1]);
    Task t = mid(arr, 5);
    t.h.resume();
    s += t.h.promise().result;
  }
  std::printf("%ld\n", s);
  return 0;
}
