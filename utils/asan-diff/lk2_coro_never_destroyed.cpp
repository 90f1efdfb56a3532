// EXPECT: leak
// FLAGS: -std=c++20
// A coroutine suspends at its final suspend point and its handle is dropped without destroy(): the heap frame is lost.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <cstring>
struct Task {
  struct promise_type {
    Task get_return_object() { return {std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() { std::abort(); }
  };
  std::coroutine_handle<promise_type> h;
};
Task count(int n, int *out) { // BUG
  int s = 0;
  for (int i = 0; i < n; i++) s += i;
  *out = s;
  co_return;
}
__attribute__((noinline)) static int run(int n) {
  int out = 0;
  Task t = count(n, &out);
  __asm__ volatile("" : : "r"(t.h.address()) : "memory");
  return out;
}
__attribute__((noinline, no_sanitize("address"))) static void scrub() {
  char z[16384];
  std::memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  int r = run(std::atoi(argv[1]));
  scrub();
  std::printf("%d\n", r);
  return 0;
}
