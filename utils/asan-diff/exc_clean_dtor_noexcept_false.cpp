// EXPECT: none
// A checked-close guard whose destructor is noexcept(false) throws when
// the scope ends normally with an error pending; callers catch it, and the
// frames the destructor's exception left are never referenced again.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

struct CheckedClose {
  int fd;
  bool failed = false;
  ~CheckedClose() noexcept(false) {
    if (failed) throw std::runtime_error("close failed on fd " + std::to_string(fd));
  }
};

__attribute__((noinline)) static int write_all(const char *s, int fd) {
  char out[96];
  size_t len = std::strlen(s);
  CheckedClose c{fd};
  std::memcpy(out, s, len + 1);
  c.failed = (fd % 3 == 0);
  return (int)len + out[0];
}

__attribute__((noinline)) static int layer(const char *s, int fd) {
  std::string label = "layer";
  int counts[10] = {fd};
  return write_all(s, fd) + counts[0] + (int)label.size();
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  long sum = 0;
  char msg[64] = "";
  for (int fd = 0; fd < n * 30; fd++) {
    try {
      sum += layer(argv[2], fd);
    } catch (const std::runtime_error &e) {
      std::snprintf(msg, sizeof msg, "%s", e.what());
      sum += (long)std::strlen(msg);
    }
  }
  std::printf("%ld %s\n", sum, msg);
  return 0;
}
