// EXPECT: none
// a small-string class that copies its inline bytes to the heap on first growth (a string of exactly 15 chars stays inline), a tagged union whose storage is sized for its largest alternative, and string_views into strings kept in a std::deque that never relocates them
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <new>
#include <string>
#include <string_view>
#include <vector>

class SmallString {
public:
  SmallString() { inline_[0] = '\0'; }
  explicit SmallString(const char *s) : SmallString() { append(s, std::strlen(s)); }
  SmallString(const SmallString &o) : SmallString() { append(o.data_, o.len_); }
  SmallString &operator=(const SmallString &) = delete;
  ~SmallString() {
    if (data_ != inline_) std::free(data_);
  }
  void append(const char *s, size_t n) {
    if (len_ + n + 1 > cap_) grow(len_ + n + 1);
    std::memcpy(data_ + len_, s, n);
    len_ += n;
    data_[len_] = '\0';
  }
  const char *c_str() const { return data_; }
  size_t size() const { return len_; }
  bool is_inline() const { return data_ == inline_; }

private:
  void grow(size_t need) {
    size_t nc = cap_ * 2;
    while (nc < need) nc *= 2;
    if (data_ == inline_) {
      char *p = static_cast<char *>(std::malloc(nc));
      std::memcpy(p, inline_, len_ + 1);
      data_ = p;
    } else {
      data_ = static_cast<char *>(std::realloc(data_, nc));
    }
    cap_ = nc;
  }
  char inline_[16];
  char *data_ = inline_;
  size_t len_ = 0, cap_ = sizeof inline_;
};

struct Pair { long a, b; };
struct Path {
  char segs[4][12];
  int n;
};

class Value {
public:
  enum Tag { None, P, Pa } tag = None;
  Value() = default;
  Value(const Value &) = delete;
  void set_pair(long a, long b) { new (storage_) Pair{a, b}; tag = P; }
  void set_path(const char *s) {
    Path *p = new (storage_) Path();
    for (const char *c = s; *c && p->n < 4;) {
      while (*c == '/') c++;
      size_t k = std::strcspn(c, "/");
      if (!k) break;
      std::snprintf(p->segs[p->n++], sizeof p->segs[0], "%.*s", (int)k, c);
      c += k;
    }
    tag = Pa;
  }
  long weight() const {
    if (tag == P) return reinterpret_cast<const Pair *>(storage_)->a * reinterpret_cast<const Pair *>(storage_)->b;
    if (tag == Pa) return reinterpret_cast<const Path *>(storage_)->n;
    return 0;
  }

private:
  alignas(alignof(Pair) > alignof(Path) ? alignof(Pair) : alignof(Path))
      unsigned char storage_[sizeof(Pair) > sizeof(Path) ? sizeof(Pair) : sizeof(Path)];
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 3;
  std::string word = argc > 2 ? argv[2] : "abcdefghijklmnop";
  SmallString exact(word.substr(0, 15).c_str()); // 15 chars + NUL: exactly inline
  SmallString grown(exact);
  grown.append("+", 1);
  for (int i = 0; i < n; i++) grown.append(word.c_str() + i, 2);
  std::deque<std::string> store;
  std::vector<std::string_view> views;
  for (int i = 0; i < n * 3; i++) {
    store.push_back(word.substr((size_t)i % word.size()) + "#" + std::to_string(i));
    views.push_back(store.back());
  }
  std::sort(views.begin(), views.end());
  long weight = 0;
  for (int i = 0; i < n; i++) {
    Value v;
    char path[64];
    std::snprintf(path, sizeof path, "/srv/%.11s/%d/x", word.c_str(), i);
    if (i % 2) v.set_pair(i, 3);
    else v.set_path(path);
    weight += v.weight();
  }
  std::printf("%s (%zu, %s) / %s (%zu, %s); first view %.*s; weight %ld\n", exact.c_str(),
              exact.size(), exact.is_inline() ? "inline" : "heap", grown.c_str(), grown.size(),
              grown.is_inline() ? "inline" : "heap", (int)views.front().size(), views.front().data(),
              weight);
  return 0;
}
