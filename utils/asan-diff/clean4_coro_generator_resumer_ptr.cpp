// EXPECT: none
// FLAGS: -std=c++20
// A C++20 generator that receives a pointer to a local array of the
// function that creates and drives it (alive as long as the generator),
// keeps arrays in its own frame across suspensions, and yields pointers
// into its frame that the consumer reads before resuming it again.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <utility>

struct Gen {
  struct promise_type {
    const int *current = nullptr;
    Gen get_return_object() { return Gen{Handle::from_promise(*this)}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(const int *p) noexcept {
      current = p;
      return {};
    }
    void return_void() {}
    void unhandled_exception() { std::terminate(); }
  };
  using Handle = std::coroutine_handle<promise_type>;
  Handle h;
  explicit Gen(Handle x) : h(x) {}
  Gen(Gen &&o) noexcept : h(std::exchange(o.h, {})) {}
  ~Gen() {
    if (h) h.destroy();
  }
  bool next() {
    h.resume();
    return !h.done();
  }
  const int *value() const { return h.promise().current; }
};

Gen windows(const int *source, int len, int width) {
  int window[16];
  char label[24];
  std::snprintf(label, sizeof label, "w%d-%d", len, width);
  for (int start = 0; start + width <= len; start++) {
    for (int i = 0; i < width; i++) window[i] = source[start + i] * 2 + label[1];
    co_yield window;
    window[0] += 1; /* the consumer is done with it by now */
  }
}

__attribute__((noinline)) static long drive(int n, int width) {
  int data[40];
  for (int i = 0; i < 40; i++) data[i] = (i * n) % 17;
  long s = 0;
  Gen g = windows(data, 40, width);
  while (g.next()) {
    const int *w = g.value();
    for (int i = 0; i < width; i++) s += w[i];
    data[0] = (int)(s % 5); /* the generator reads data later: still alive */
  }
  return s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  long total = 0;
  for (int r = 0; r < n * 50; r++) total += drive(n + r, 1 + r % 16);
  std::printf("%ld\n", total);
  return 0;
}
