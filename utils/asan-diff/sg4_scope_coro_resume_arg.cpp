// EXPECT: stack-use-after-scope
// FLAGS: -std=c++20
// A coroutine keeps the pointer it was handed at its first resumption; the
// variable it points at was in a block of the resumer that ended before
// the next resume.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
struct Gen {
  struct promise_type {
    long out = 0;
    Gen get_return_object() { return Gen{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(long v) { out = v; return {}; }
    void return_void() {}
    void unhandled_exception() { std::abort(); }
  };
  std::coroutine_handle<promise_type> h;
};
static const int *volatile mailbox;
Gen accumulate() {
  long total = 0;
  const int *held = nullptr;
  for (int round = 0; round < 3; round++) {
    if (round == 0) held = mailbox;
    total += *held; // BUG
    co_yield total;
  }
}
int main(int argc, char **argv) {
  Gen g = accumulate();
  {
    int v = std::atoi(argv[1]);
    mailbox = &v;
    g.h.resume();
  }
  mailbox = nullptr;
  g.h.resume();
  std::printf("%ld %d\n", g.h.promise().out, argc);
  g.h.destroy();
  return 0;
}
