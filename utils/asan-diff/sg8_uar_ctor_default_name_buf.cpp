// EXPECT: stack-use-after-return
// A connection object stores a `const char *` name. When none is given,
// its constructor builds a default name in a local char array and points
// the member at it; the constructor's frame is gone when describe() reads
// the name.
#include <cstdio>
#include <cstdlib>

class Connection {
public:
  __attribute__((noinline)) Connection(const char *name, int port) : port_(port) {
    char fallback[32];
    if (!name) {
      std::snprintf(fallback, sizeof fallback, "conn-%d", port);
      name = fallback;
    }
    name_ = name;
  }
  __attribute__((noinline)) unsigned describe() const {
    unsigned h = 0;
    for (const char *p = name_; *p; ++p) h = h * 31 + (unsigned char)*p; // BUG
    return h ^ (unsigned)port_;
  }

private:
  const char *name_;
  int port_;
};

int main(int argc, char **argv) {
  Connection c(argc > 5 ? argv[5] : nullptr, std::atoi(argv[1]) * 800);
  std::printf("%u\n", c.describe());
  return 0;
}
