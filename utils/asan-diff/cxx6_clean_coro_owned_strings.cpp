// EXPECT: none
// FLAGS: -std=c++20
// Clean: a generator yields references to temporaries and the consumer
// copies each value into an owned std::string before resuming; a lazy
// task takes its text parameter by value (std::string), so the frame owns
// the characters across suspensions.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

struct Lines {
  struct promise_type {
    const std::string *cur = nullptr;
    Lines get_return_object() { return Lines{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(const std::string &s) noexcept { cur = &s; return {}; }
    void return_void() {}
    void unhandled_exception() { std::abort(); }
  };
  std::coroutine_handle<promise_type> h;
  explicit Lines(std::coroutine_handle<promise_type> h) : h(h) {}
  Lines(Lines &&o) noexcept : h(o.h) { o.h = {}; }
  ~Lines() { if (h) h.destroy(); }
  bool next() { h.resume(); return !h.done(); }
  const std::string &value() const { return *h.promise().cur; }
};

Lines csv_rows(const char *cols, int n) {
  for (int i = 0; i < n; i++)
    co_yield std::to_string(i) + "," + std::string(cols + i, 12) + ",pending-review";
}

static long g_bytes;

Lines send_line(std::string line, int copies) {
  for (int i = 0; i < copies; i++) {
    for (char c : line) g_bytes += c;
    co_yield line;
  }
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<std::string> rows;
  {
    Lines gen = csv_rows(argv[2], n);
    while (gen.next()) rows.push_back(gen.value());
  }
  size_t commas = 0;
  for (const std::string &r : rows)
    for (char c : r) commas += c == ',';
  std::string host = argv[2];
  Lines t = send_line("GET /index.html HTTP/1.1\r\nHost: " + host + "\r\n", n);
  int resumed = 0;
  while (t.next()) resumed++;
  std::printf("%zu %zu %d %ld %d\n", rows.size(), commas, resumed, g_bytes, argc);
  return 0;
}
