// EXPECT: none
// FLAGS: -std=c++20
// A C++20 generator coroutine that splits text into fields. It takes the text by value, so
// the coroutine frame owns its copy, and yields std::string_views into that copy; callers
// pass temporaries freely and copy each view before resuming the generator.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

class FieldGen {
public:
  struct promise_type {
    std::string_view value;
    FieldGen get_return_object() { return FieldGen(std::coroutine_handle<promise_type>::from_promise(*this)); }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(std::string_view v) {
      value = v;
      return {};
    }
    void return_void() {}
    void unhandled_exception() { std::terminate(); }
  };
  explicit FieldGen(std::coroutine_handle<promise_type> h) : h_(h) {}
  FieldGen(FieldGen &&o) noexcept : h_(o.h_) { o.h_ = nullptr; }
  FieldGen(const FieldGen &) = delete;
  ~FieldGen() {
    if (h_) h_.destroy();
  }
  bool next() {
    h_.resume();
    return !h_.done();
  }
  std::string_view value() const { return h_.promise().value; }

private:
  std::coroutine_handle<promise_type> h_;
};

static FieldGen fields(std::string text, char sep) {
  std::string_view rest(text);
  for (;;) {
    size_t end = rest.find(sep);
    co_yield rest.substr(0, end);
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
}

static std::string record(int i, const char *alpha) {
  return std::to_string(i) + ":" + std::string(alpha, 1 + i % 20) + "::" + std::to_string(i * i);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  std::vector<std::string> all;
  for (int i = 0; i < n; i++) {
    auto g = fields(record(i, alpha), ':'); // the temporary is copied into the frame
    while (g.next()) all.emplace_back(g.value());
  }
  size_t chars = 0, empty = 0;
  for (const std::string &s : all) {
    chars += s.size();
    empty += s.empty();
  }
  std::printf("%zu fields (%zu empty), %zu chars, last %s\n", all.size(), empty, chars, all.back().c_str());
  return 0;
}
