// EXPECT: none
// FLAGS: -std=c++20
// A round-robin scheduler resumes tasks until done, reads promises, then destroys each frame once.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>
struct Task {
  struct promise_type {
    long result = 0;
    const char *note = nullptr;
    Task get_return_object() { return Task{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_value(long v) { result = v; }
    void unhandled_exception() { std::abort(); }
  };
  std::coroutine_handle<promise_type> h;
};
struct Publish {
  std::coroutine_handle<Task::promise_type> self;
  const char *msg;
  bool await_ready() { return false; }
  bool await_suspend(std::coroutine_handle<Task::promise_type> h) { h.promise().note = msg; return true; }
  void await_resume() {}
};
Task worker(const char *src, int steps) {
  char buf[32];
  long acc = 0;
  for (int i = 0; i < steps; i++) {
    std::snprintf(buf, sizeof buf, "%.*s", i + 1, src);
    co_await Publish{{}, buf};
    acc += std::strlen(buf);
  }
  co_return acc;
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<Task> tasks;
  for (int i = 1; i <= 3; i++) tasks.push_back(worker(argv[2], n + i));
  size_t seen = 0;
  for (bool any = true; any;) {
    any = false;
    for (auto &t : tasks) {
      if (t.h.done()) continue;
      t.h.resume();
      if (!t.h.done()) seen += std::strlen(t.h.promise().note);
      any = true;
    }
  }
  long total = 0;
  for (auto &t : tasks) total += t.h.promise().result;
  for (auto &t : tasks) t.h.destroy();
  std::printf("%ld %zu\n", total, seen);
  return 0;
}
