// EXPECT: none
// FLAGS: -std=c++20
// A generator coroutine with arrays live across suspension points, driven
// by a consumer that points it at its own block-scope locals only for the
// resumption during which they live.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <cstring>
struct Gen {
  struct promise_type {
    int value = 0;
    Gen get_return_object() { return Gen{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(int v) { value = v; return {}; }
    void return_void() {}
    void unhandled_exception() { std::abort(); }
  };
  std::coroutine_handle<promise_type> h;
};
static const char *volatile feed;
Gen digest(int rounds) {
  char window[13];
  int hist[26] = {};
  std::memset(window, 0, sizeof window);
  for (int r = 0; r < rounds; r++) {
    const char *in = feed;
    std::memmove(window, window + 1, sizeof window - 1);
    window[12] = in[r % 26];
    hist[(in[r % 26] - 'A') % 26]++;
    int local[5];
    for (int i = 0; i < 5; i++) local[i] = window[12 - i] + hist[i];
    co_yield local[0] + local[4];
  }
}
int main(int argc, char **argv) {
  long s = 0;
  int n = std::atoi(argv[1]) * 50;
  for (int k = 0; k < 4; k++) {
    Gen g = digest(n);
    while (true) {
      char chunk[27];
      std::memcpy(chunk, argv[2], 27);
      feed = chunk;
      g.h.resume();
      feed = nullptr;
      if (g.h.done()) break;
      s += g.h.promise().value;
    }
    g.h.destroy();
  }
  std::printf("%ld %d\n", s, argc);
  return 0;
}
