// EXPECT: heap-use-after-free
// FLAGS: -std=c++20
// A hand-written generator yields `const std::string&` to temporaries built
// in the co_yield expression. The consumer collects std::string_views of
// the yielded values to print them later; each temporary is destroyed as
// soon as the generator resumes, so the saved views point at freed heap.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
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

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<std::string_view> rows;
  Lines gen = csv_rows(argv[2], n);
  while (gen.next()) rows.push_back(gen.value());
  size_t commas = 0;
  for (std::string_view r : rows)
    for (char c : r) commas += c == ','; // BUG
  std::printf("%zu rows %zu commas (%d)\n", rows.size(), commas, argc);
  return 0;
}
