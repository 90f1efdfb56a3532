// EXPECT: heap-use-after-free
// a hand-rolled StringBuilder (realloc growth); the report code keeps the header's c_str() and appends the body, which moves the buffer
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

class StringBuilder {
public:
  StringBuilder() = default;
  StringBuilder(const StringBuilder &) = delete;
  StringBuilder &operator=(const StringBuilder &) = delete;
  ~StringBuilder() { std::free(buf_); }

  StringBuilder &append(const char *s, size_t n) {
    reserve(len_ + n + 1);
    std::memcpy(buf_ + len_, s, n);
    len_ += n;
    buf_[len_] = '\0';
    return *this;
  }
  StringBuilder &append(const char *s) { return append(s, std::strlen(s)); }
  StringBuilder &append(char c) { return append(&c, 1); }
  StringBuilder &appendf(const char *fmt, ...) __attribute__((format(printf, 2, 3))) {
    va_list ap;
    va_start(ap, fmt);
    int n = std::vsnprintf(nullptr, 0, fmt, ap);
    va_end(ap);
    if (n < 0) return *this;
    reserve(len_ + (size_t)n + 1);
    va_start(ap, fmt);
    std::vsnprintf(buf_ + len_, (size_t)n + 1, fmt, ap);
    va_end(ap);
    len_ += (size_t)n;
    return *this;
  }
  void pad_to(size_t col, char c) {
    size_t line_start = len_;
    while (line_start > 0 && buf_[line_start - 1] != '\n') line_start--;
    while (len_ - line_start < col) append(c);
  }
  const char *c_str() const { return buf_ ? buf_ : ""; }
  size_t size() const { return len_; }
  size_t capacity() const { return cap_; }

private:
  void reserve(size_t want) {
    if (want <= cap_) return;
    size_t nc = cap_ ? cap_ : 16;
    while (nc < want) nc += nc / 2;
    buf_ = static_cast<char *>(std::realloc(buf_, nc));
    cap_ = nc;
  }
  char *buf_ = nullptr;
  size_t len_ = 0, cap_ = 0;
};

struct Row {
  std::string name;
  int qty;
  double price;
};

static void render_row(StringBuilder &sb, const Row &r) {
  sb.append(r.name.c_str());
  sb.pad_to(20, ' ');
  sb.appendf("%5d x %8.2f = %10.2f\n", r.qty, r.price, r.qty * r.price);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  StringBuilder sb;
  sb.appendf("INVOICE %s/%d\n", alpha.substr(0, 4).c_str(), n);
  const char *header = sb.c_str();
  size_t header_len = sb.size();
  double total = 0;
  for (int i = 0; i < n; i++) {
    Row r{alpha.substr(i % alpha.size(), 3 + i % 5), i + 1, 0.25 * (i + 3)};
    render_row(sb, r);
    total += r.qty * r.price;
  }
  sb.appendf("%-20s%29.2f\n", "TOTAL", total);
  std::string title(header, std::strlen(header) < header_len ? std::strlen(header) : header_len); // BUG
  std::printf("%s(%zu bytes, cap %zu)\n%s", title.c_str(), sb.size(), sb.capacity(),
              sb.c_str());
  return 0;
}
