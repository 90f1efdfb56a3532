// EXPECT: heap-use-after-free
// FLAGS: -std=c++20
// A channel keeps a pointer to a coroutine-local buffer after the coroutine finished and was destroyed.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <cstring>
struct Channel { const char *last = nullptr; };
struct Send {
  Channel &ch;
  const char *msg;
  bool await_ready() { ch.last = msg; return true; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
};
struct Job {
  struct promise_type {
    Job get_return_object() { return Job{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() { std::abort(); }
  };
  std::coroutine_handle<promise_type> h;
};
Job producer(Channel &ch, const char *src, int n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*s", n, src);
  co_await Send{ch, buf};
}
int main(int argc, char **argv) {
  Channel ch;
  Job j = producer(ch, argv[2], std::atoi(argv[1]));
  j.h.resume();
  j.h.destroy();
  std::printf("%zu\n", std::strlen(ch.last)); // BUG
  return 0;
}
