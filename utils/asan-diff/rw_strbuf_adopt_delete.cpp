// EXPECT: alloc-dealloc-mismatch
// A C++ wrapper over a C string API: Text owns a char buffer and frees it with delete[].
// Most Texts copy into new[] storage, but Text::adopt() takes over a buffer that a C helper
// (strdup-based) returned, which must be released with free().
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>

extern "C" char *c_upper_dup(const char *s) {
  char *d = strdup(s);
  for (char *p = d; *p; p++) *p = static_cast<char>(std::toupper(static_cast<unsigned char>(*p)));
  return d;
}

class Text {
public:
  Text() = default;
  explicit Text(const char *s) : len_(std::strlen(s)), data_(new char[len_ + 1]) { std::memcpy(data_, s, len_ + 1); }
  static Text adopt(char *buf) {
    Text t;
    t.data_ = buf;
    t.len_ = std::strlen(buf);
    return t;
  }
  Text(const Text &) = delete;
  Text &operator=(const Text &) = delete;
  Text(Text &&o) noexcept : len_(o.len_), data_(std::exchange(o.data_, nullptr)) {}
  Text &operator=(Text &&o) noexcept {
    std::swap(len_, o.len_);
    std::swap(data_, o.data_);
    return *this;
  }
  ~Text() { delete[] data_; } // BUG

  size_t size() const { return len_; }
  const char *c_str() const { return data_ ? data_ : ""; }
  int count(char c) const {
    int n = 0;
    for (size_t i = 0; i < len_; i++) n += data_[i] == c;
    return n;
  }

private:
  size_t len_ = 0;
  char *data_ = nullptr;
};

static Text shout(const Text &t) { return Text::adopt(c_upper_dup(t.c_str())); }

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  const char *word = argc > 2 ? argv[2] : "abc";
  char buf[64];
  std::snprintf(buf, sizeof buf, "level %d: %.20s", n, word);
  Text plain(buf);
  int as = plain.count('a');
  {
    Text loud = shout(plain);
    std::printf("%s / %s (%d a, %d A)\n", plain.c_str(), loud.c_str(), as, loud.count('A'));
  }
  std::printf("%zu bytes\n", plain.size());
  return 0;
}
