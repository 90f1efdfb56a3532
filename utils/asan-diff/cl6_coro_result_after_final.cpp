// EXPECT: heap-use-after-free
// FLAGS: -std=c++20
// A fire-and-forget coroutine task type whose final_suspend is
// suspend_never: the frame (with the promise holding the result) is freed
// as soon as the body finishes. The caller keeps the handle it got from
// the task object and reads the result out of the promise; on a cache
// hit the body ran to completion synchronously, so that frame is gone.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <cstring>

struct Task {
  struct promise_type {
    long result = 0;
    Task get_return_object() { return Task{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_value(long v) { result = v; }
    void unhandled_exception() { std::abort(); }
  };
  std::coroutine_handle<promise_type> h;
};

struct MaybeAsync {
  bool ready;
  bool await_ready() const noexcept { return ready; }
  void await_suspend(std::coroutine_handle<>) const noexcept {}
  void await_resume() const noexcept {}
};

static Task checksum(const char *data, bool cached) {
  char copy[64];
  std::strncpy(copy, data, sizeof copy - 1);
  copy[sizeof copy - 1] = '\0';
  co_await MaybeAsync{cached};  // a cache hit finishes synchronously
  long s = 0;
  for (const char *p = copy; *p; p++) s = s * 31 + *p;
  co_return s;
}

__attribute__((noinline)) static long run(const char *data) {
  Task t = checksum(data, true);
  return t.h.promise().result;  // BUG
}

int main(int argc, char **argv) {
  const char *data = argc > 2 ? argv[2] : "abc";
  std::printf("%ld\n", run(data));
  return 0;
}
