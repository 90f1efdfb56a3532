// EXPECT: none
// FLAGS: -std=c++20
// a tokenizer written as a C++20 coroutine generator; the consumer pulls tokens lazily, stops early on one stream, and lets the generator's destructor destroy the suspended frame
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <utility>
#include <vector>

template <typename T>
class Generator {
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
  Generator(Generator &&o) noexcept : h_(std::exchange(o.h_, nullptr)) {}
  Generator(const Generator &) = delete;
  ~Generator() {
    if (h_) h_.destroy();
  }

  bool next() {
    if (!h_ || h_.done()) return false;
    h_.resume();
    return !h_.done();
  }
  const T &value() const { return h_.promise().value; }

 private:
  std::coroutine_handle<promise_type> h_;
};

struct Token {
  int kind; /* 0 word, 1 number, 2 punct */
  std::string text;
};

static Generator<Token> tokenize(std::string src) {
  size_t i = 0;
  while (i < src.size()) {
    char c = src[i];
    if (c == ' ') {
      i++;
      continue;
    }
    size_t j = i;
    int kind;
    if (c >= '0' && c <= '9') {
      kind = 1;
      while (j < src.size() && src[j] >= '0' && src[j] <= '9') j++;
    } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
      kind = 0;
      while (j < src.size() && ((src[j] >= 'A' && src[j] <= 'Z') || (src[j] >= 'a' && src[j] <= 'z'))) j++;
    } else {
      kind = 2;
      j = i + 1;
    }
    co_yield Token{kind, src.substr(i, j - i)};
    i = j;
  }
}

static Generator<long> running_sum(std::vector<long> xs) {
  long s = 0;
  for (long x : xs) {
    s += x;
    co_yield s;
  }
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  std::string src;
  for (int i = 0; i < n; i++) src += alpha.substr((size_t)i % 8, 3) + " " + std::to_string(i * 37) + (i % 2 ? ", " : "; ");
  int counts[3] = {0, 0, 0};
  std::vector<long> nums;
  {
    auto gen = tokenize(src);
    while (gen.next()) {
      const Token &t = gen.value();
      counts[t.kind]++;
      if (t.kind == 1) nums.push_back(std::atol(t.text.c_str()));
    }
  }
  /* stop early: the generator is destroyed while suspended mid-stream */
  std::string first_words;
  {
    auto gen = tokenize(src);
    for (int k = 0; k < 5 && gen.next(); k++)
      if (gen.value().kind == 0) first_words += gen.value().text;
  }
  long last = 0;
  auto sums = running_sum(nums);
  while (sums.next()) last = sums.value();
  std::printf("words %d numbers %d punct %d, first words %s, total %ld\n", counts[0], counts[1], counts[2],
              first_words.c_str(), last);
  return 0;
}
