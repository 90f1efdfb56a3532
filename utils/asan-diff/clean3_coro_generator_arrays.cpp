// EXPECT: none
// FLAGS: -std=c++20
// A C++20 generator coroutine keeps a window array and a string buffer in
// its frame across suspensions; a second generator consumes the first.
// The consumer reads each yielded value through a pointer into the
// coroutine frame while the frame is suspended, never after destruction.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <utility>

template <typename T> struct Gen {
  struct promise_type {
    const T *cur = nullptr;
    Gen get_return_object() { return Gen{Handle::from_promise(*this)}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(const T &v) noexcept {
      cur = &v;
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
  const T &value() const { return *h.promise().cur; }
};

Gen<int> windows(const char *text, int width) {
  int window[8] = {0};
  char copy[27];
  std::memcpy(copy, text, sizeof copy);
  for (int i = 0; i + width <= 26; i++) {
    int s = 0;
    for (int k = 0; k < width; k++) window[k] = copy[i + k], s += window[k];
    co_yield s;
  }
  co_yield window[width - 1] + copy[26];
}

Gen<long> scaled(Gen<int> src, long factor) {
  long history[5] = {0, 0, 0, 0, 0};
  int n = 0;
  while (src.next()) {
    history[n % 5] = src.value() * factor;
    n++;
    long out = history[(n - 1) % 5] + history[4];
    co_yield out;
  }
}

int main(int argc, char **argv) {
  long factor = std::atol(argv[1]);
  long total = 0;
  for (int w = 1; w <= 8; w++) {
    auto g = scaled(windows(argv[2], w), factor);
    while (g.next()) total += g.value();
  }
  std::printf("%ld %d\n", total, argc);
  return 0;
}
