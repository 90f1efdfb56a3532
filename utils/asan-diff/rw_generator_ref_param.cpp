// EXPECT: stack-use-after-scope
// FLAGS: -std=c++20
// A C++20 generator coroutine that splits a string into fields. It takes the text by const
// reference; the coroutine frame stores the reference, not the string. The caller passes a
// temporary std::string (short: its characters sit inside the object on the caller's stack),
// which is destroyed at the end of the full expression that created the generator, before
// the loop resumes the coroutine and reads through the reference.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>

template <class T> class Generator {
public:
  struct promise_type {
    T value;
    Generator get_return_object() { return Generator(std::coroutine_handle<promise_type>::from_promise(*this)); }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(T v) {
      value = std::move(v);
      return {};
    }
    void return_void() {}
    void unhandled_exception() { std::terminate(); }
  };
  explicit Generator(std::coroutine_handle<promise_type> h) : h_(h) {}
  Generator(Generator &&o) noexcept : h_(o.h_) { o.h_ = nullptr; }
  ~Generator() {
    if (h_) h_.destroy();
  }
  bool next() {
    h_.resume();
    return !h_.done();
  }
  const T &value() const { return h_.promise().value; }

private:
  std::coroutine_handle<promise_type> h_;
};

static Generator<std::string> fields(const std::string &text, char sep) {
  size_t start = 0;
  for (;;) {
    size_t end = text.find(sep, start); // BUG
    co_yield text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (end == std::string::npos) break;
    start = end + 1;
  }
}

static std::string make_record(int i, const char *alpha) {
  return std::to_string(i) + ":" + std::string(alpha, 3);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  std::string kept = "a:b:c";
  int count = 0;
  for (auto g = fields(kept, ':'); g.next();) count++; // fine: kept outlives the loop
  auto g = fields(make_record(n, alpha), ':');          // the temporary dies at the ';'
  size_t chars = 0;
  while (g.next()) {
    chars += g.value().size();
    count++;
  }
  std::printf("%d fields, %zu chars\n", count, chars);
  return 0;
}
