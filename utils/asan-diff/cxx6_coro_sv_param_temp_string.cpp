// EXPECT: heap-use-after-free
// FLAGS: -std=c++20
// A lazy coroutine task takes a std::string_view parameter. The caller
// passes a temporary std::string built with operator+; the coroutine frame
// copies the view, not the characters. The task only starts when the
// scheduler resumes it, long after the temporary string was freed.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

struct Task {
  struct promise_type {
    Task get_return_object() { return Task{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() { std::abort(); }
  };
  std::coroutine_handle<promise_type> h;
};

static long g_bytes;

Task send_line(std::string_view line, int copies) {
  for (int i = 0; i < copies; i++) {
    for (char c : line) g_bytes += c; // BUG
    co_await std::suspend_always{};
  }
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<Task> queue;
  std::string host = argv[2];
  queue.push_back(send_line("GET /index.html HTTP/1.1\r\nHost: " + host + "\r\n", n));
  for (int round = 0; round < n; round++)
    for (Task &t : queue)
      if (!t.h.done()) t.h.resume();
  for (Task &t : queue) t.h.destroy();
  std::printf("%ld %d\n", g_bytes, argc);
  return 0;
}
