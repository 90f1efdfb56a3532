// EXPECT: stack-buffer-overflow
// a hand-rolled tagged union sizes its storage for the types it first held; a later-added alternative (Path, larger) is placement-new'd into the same stack buffer
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>

struct Int {
  long v;
};
struct Pair {
  long a, b;
};
struct Path {
  char segs[4][12];
  int n;
  explicit Path(const char *s) {
    std::memset(this, 0, sizeof *this); // BUG
    const char *p = s;
    while (*p && n < 4) {
      while (*p == '/') p++;
      size_t k = 0;
      while (p[k] && p[k] != '/') k++;
      if (!k) break;
      std::snprintf(segs[n++], sizeof segs[0], "%.*s", (int)k, p);
      p += k;
    }
  }
};

class Value {
public:
  enum Tag { None, I, P, Pa } tag = None;
  Value() = default;
  Value(const Value &) = delete;
  ~Value() { reset(); }
  void set_int(long v) {
    reset();
    new (storage_) Int{v};
    tag = I;
  }
  void set_pair(long a, long b) {
    reset();
    new (storage_) Pair{a, b};
    tag = P;
  }
  void set_path(const char *s) {
    reset();
    new (storage_) Path(s);
    tag = Pa;
  }
  long weight() const {
    switch (tag) {
    case I: return as<Int>().v;
    case P: return as<Pair>().a * as<Pair>().b;
    case Pa: return as<Path>().n;
    default: return 0;
    }
  }

private:
  template <typename T> const T &as() const { return *reinterpret_cast<const T *>(storage_); }
  void reset() { tag = None; }
  alignas(8) unsigned char storage_[sizeof(Pair)];
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 3;
  const char *name = argc > 2 ? argv[2] : "abc";
  long total = 0;
  for (int i = 0; i < n; i++) {
    Value v;
    char path[64];
    switch (i % 3) {
    case 0: v.set_int(i * 7); break;
    case 1: v.set_pair(i, (long)std::strlen(name)); break;
    default:
      std::snprintf(path, sizeof path, "/srv/%.6s/%d", name, i);
      v.set_path(path);
      break;
    }
    total += v.weight();
  }
  std::printf("total weight %ld over %d values\n", total, n);
  return 0;
}
