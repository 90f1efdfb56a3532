// EXPECT: bad-free
// a small-string class keeps short strings in an inline buffer; the growth path calls realloc on whatever data_ points to, including the inline buffer
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <vector>

class SmallString {
public:
  SmallString() { inline_[0] = '\0'; }
  explicit SmallString(const char *s) : SmallString() { append(s, std::strlen(s)); }
  SmallString(const SmallString &o) : SmallString() { append(o.data_, o.len_); }
  SmallString &operator=(const SmallString &o) {
    if (this != &o) {
      len_ = 0;
      data_[0] = '\0';
      append(o.data_, o.len_);
    }
    return *this;
  }
  ~SmallString() {
    if (data_ != inline_) std::free(data_);
  }

  void append(const char *s, size_t n) {
    if (len_ + n + 1 > cap_) grow(len_ + n + 1);
    std::memcpy(data_ + len_, s, n);
    len_ += n;
    data_[len_] = '\0';
  }
  void append(const char *s) { append(s, std::strlen(s)); }
  const char *c_str() const { return data_; }
  size_t size() const { return len_; }
  bool is_inline() const { return data_ == inline_; }
  bool starts_with(const char *p) const { return std::strncmp(data_, p, std::strlen(p)) == 0; }
  long find(char c, size_t from = 0) const {
    for (size_t i = from; i < len_; i++)
      if (data_[i] == c) return (long)i;
    return -1;
  }
  bool operator==(const SmallString &o) const {
    return len_ == o.len_ && std::memcmp(data_, o.data_, len_) == 0;
  }
  size_t count(char c) const {
    size_t k = 0;
    for (long at = find(c); at >= 0; at = find(c, (size_t)at + 1)) k++;
    return k;
  }

private:
  void grow(size_t need) {
    size_t nc = cap_ * 2;
    while (nc < need) nc *= 2;
    data_ = static_cast<char *>(std::realloc(data_, nc)); // BUG
    cap_ = nc;
  }
  char inline_[16];
  char *data_ = inline_;
  size_t len_ = 0, cap_ = sizeof inline_;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 3;
  const char *word = argc > 2 ? argv[2] : "abc";
  std::vector<SmallString> parts;
  parts.reserve(8);
  parts.emplace_back("id");
  parts.emplace_back("v1");
  SmallString key("user:");
  key.append(word, std::strlen(word) < 6 ? std::strlen(word) : 6);
  parts.push_back(key);
  SmallString joined;
  for (int i = 0; i < n; i++) {
    const SmallString &p = parts[(size_t)i % parts.size()];
    if (joined.size()) joined.append("/");
    joined.append(p.c_str(), p.size());
  }
  std::printf("%s (%zu bytes, %s)\n", joined.c_str(), joined.size(),
              joined.is_inline() ? "inline" : "heap");
  std::printf("%zu segments, starts with id: %d, key repeated: %d\n", joined.count('/') + 1,
              joined.starts_with("id"), parts[2] == key);
  return 0;
}
