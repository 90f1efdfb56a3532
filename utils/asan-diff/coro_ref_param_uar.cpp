// EXPECT: stack-use-after-return
// FLAGS: -std=c++20
// A function creates a lazily started coroutine passing a reference to its
// own local array and returns the coroutine; the caller resumes it after
// the creating function's frame is gone.
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
Task sum(const int (&a)[4]) {
  co_return a[0] + a[3]; // BUG
}
__attribute__((noinline)) static Task make(int seed) {
  int local[4] = {seed, seed + 1, seed + 2, seed + 3};
  return sum(local);
}
int main(int argc, char **argv) {
  Task t = make(std::atoi(argv[1]));
  t.h.resume();
  std::printf("%d\n", t.h.promise().result);
  t.h.destroy();
  return 0;
}
