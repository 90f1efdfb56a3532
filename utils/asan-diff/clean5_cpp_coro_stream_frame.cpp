// EXPECT: none
// FLAGS: -std=c++20
// C++20 coroutines whose frames hold a stdio stream's setvbuf buffer: a
// generator opens a file, gives it a buffer that is a local of the
// coroutine (so it lives in the heap-allocated coroutine frame), writes a
// line per resumption across co_yield suspensions, and closes the stream
// before it finishes; several generators interleaved; a final read-back.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>

struct Gen {
  struct promise_type {
    int value = 0;
    Gen get_return_object() { return Gen{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(int v) noexcept {
      value = v;
      return {};
    }
    void return_void() noexcept {}
    void unhandled_exception() { std::abort(); }
  };
  explicit Gen(std::coroutine_handle<promise_type> h) : h_(h) {}
  Gen(Gen &&o) noexcept : h_(std::exchange(o.h_, {})) {}
  ~Gen() {
    if (h_)
      h_.destroy();
  }
  bool next() {
    h_.resume();
    return !h_.done();
  }
  int value() const { return h_.promise().value; }

private:
  std::coroutine_handle<promise_type> h_;
};

static Gen writer(int id, int steps, std::string alpha) {
  char buf[57]; // in the coroutine frame
  std::string name = "coro" + std::to_string(id) + ".txt";
  std::FILE *f = std::fopen(name.c_str(), "w+");
  std::setvbuf(f, buf, _IOFBF, sizeof buf);
  for (int i = 0; i < steps; ++i) {
    std::fprintf(f, "%d %d %s\n", id, i, alpha.substr((size_t)(i % 26), 5).c_str());
    co_yield i * id;
  }
  std::rewind(f);
  int c, lines = 0;
  while ((c = std::fgetc(f)) != EOF)
    lines += c == '\n';
  std::fclose(f);
  co_yield 1000 + lines;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string alpha = argc > 2 ? argv[2] : "xyz";
  unsigned long sum = 0;
  {
    Gen a = writer(1, n * 3, alpha), b = writer(2, n * 2, alpha), c = writer(3, n, alpha);
    bool ra = true, rb = true, rc = true;
    while (ra || rb || rc) {
      if (ra && (ra = a.next()))
        sum = sum * 3 + (unsigned)a.value();
      if (rb && (rb = b.next()))
        sum = sum * 5 + (unsigned)b.value();
      if (rc && (rc = c.next()))
        sum = sum * 7 + (unsigned)c.value();
    }
  }
  std::printf("sum %lu\n", sum);
  return 0;
}
