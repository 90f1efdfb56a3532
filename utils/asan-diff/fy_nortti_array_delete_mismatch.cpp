// EXPECT: alloc-dealloc-mismatch
// FLAGS: -fno-rtti -fno-exceptions
// A message buffer class (no RTTI, no exceptions) allocates its storage
// with new[] but its release() frees it with plain delete, because release
// was written for an older single-object version of the class.
#include <cstdio>
#include <cstdlib>
#include <cstring>

class MsgBuf {
  char *buf_;
  size_t n_;
public:
  explicit MsgBuf(size_t n) : buf_(new char[n]), n_(n) { std::memset(buf_, 0, n); }
  void put(const char *s) { std::strncpy(buf_, s, n_ - 1); }
  const char *get() const { return buf_; }
  void release() {
    delete buf_; // BUG
    buf_ = nullptr;
  }
};

int main(int argc, char **argv) {
  MsgBuf m(static_cast<size_t>(std::atoi(argv[1])) * 4);
  m.put(argv[2]);
  std::printf("%s\n", m.get());
  m.release();
  return 0;
}
