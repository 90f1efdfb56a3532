// EXPECT: none
// FLAGS: -std=c++20
// A task coroutine stores the exception its body throws (through frames
// with arrays) in its promise; the awaiting code rethrows it with
// std::rethrow_exception, catches it and reads the message. Coroutine
// frames are destroyed only after their results were taken.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <stdexcept>
#include <string>

struct Task {
  struct promise_type {
    int value = 0;
    std::exception_ptr error;
    Task get_return_object() { return Task{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_value(int v) { value = v; }
    void unhandled_exception() { error = std::current_exception(); }
  };
  std::coroutine_handle<promise_type> h;
  explicit Task(std::coroutine_handle<promise_type> c) : h(c) {}
  Task(Task &&o) noexcept : h(o.h) { o.h = nullptr; }
  ~Task() { if (h) h.destroy(); }
  int get() {
    h.resume();
    if (h.promise().error) std::rethrow_exception(h.promise().error);
    return h.promise().value;
  }
};

__attribute__((noinline)) static int checksum(const char *s, int k) {
  char block[96];
  std::snprintf(block, sizeof block, "%s/%d", s, k);
  if (k % 4 == 3) throw std::runtime_error(std::string("bad block ") + block);
  return block[0] + block[k % 20];
}

static Task job(const char *s, int k) {
  std::string name = "job";
  int parts[12];
  for (int i = 0; i < 12; i++) parts[i] = checksum(s, k + i * 0);
  co_return parts[11] + (int)name.size();
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  long sum = 0;
  for (int k = 0; k < n * 10; k++) {
    Task t = job(argv[2], k);
    try {
      sum += t.get();
    } catch (const std::exception &e) {
      sum += (long)std::strlen(e.what());
    }
  }
  std::printf("%ld\n", sum);
  return 0;
}
