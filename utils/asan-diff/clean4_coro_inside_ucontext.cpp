// EXPECT: none
// FLAGS: -std=c++20
// C++20 generators created and resumed from inside makecontext
// coroutines (heap stacks); the ucontext coroutines switch back to main
// between generator steps, keeping the generator objects and their own
// arrays alive across the switches.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <ucontext.h>
#include <utility>

struct Gen {
  struct promise_type {
    long cur = 0;
    Gen get_return_object() { return Gen{Handle::from_promise(*this)}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(long v) noexcept {
      cur = v;
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
};

Gen squares(int start, int count) {
  long hist[8] = {};
  for (int i = 0; i < count; i++) {
    hist[i % 8] = (long)(start + i) * (start + i);
    co_yield hist[i % 8] + hist[(i + 7) % 8];
  }
}

static ucontext_t main_ctx, ctx[2];
static long results[2];

static void body(int id) {
  long local[10];
  for (int i = 0; i < 10; i++) local[i] = id * 10 + i;
  Gen g = squares(id * 5, 200);
  for (;;) {
    g.h.resume();
    if (g.h.done()) break;
    results[id] += g.h.promise().cur % 1000 + local[9];
    swapcontext(&ctx[id], &main_ctx);
  }
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  long total = 0;
  for (int round = 0; round < n; round++) {
    char *stacks[2];
    for (int i = 0; i < 2; i++) {
      stacks[i] = static_cast<char *>(std::malloc(128 * 1024));
      getcontext(&ctx[i]);
      ctx[i].uc_stack.ss_sp = stacks[i];
      ctx[i].uc_stack.ss_size = 128 * 1024;
      ctx[i].uc_link = &main_ctx;
      makecontext(&ctx[i], (void (*)())body, 1, i);
      results[i] = 0;
    }
    /* 200 yields each, plus the final resume that ends the body */
    for (int step = 0; step <= 200; step++)
      for (int i = 0; i < 2; i++) swapcontext(&main_ctx, &ctx[i]);
    total += results[0] + results[1];
    for (int i = 0; i < 2; i++) std::free(stacks[i]);
  }
  std::printf("%ld\n", total);
  return 0;
}
