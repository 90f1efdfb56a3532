// EXPECT: stack-use-after-return
// A formatting helper returns a std::string_view over the char array it
// formatted into on its own stack.
#include <cstdio>
#include <cstdlib>
#include <string_view>
__attribute__((noinline)) static std::string_view fmt_size(long bytes) {
  char buf[32];
  int n = std::snprintf(buf, sizeof buf, "%ld KiB", bytes / 1024);
  return std::string_view(buf, n);
}
int main(int argc, char **argv) {
  std::string_view s = fmt_size(std::atol(argv[1]) * 4096);
  std::printf("%c %zu %d\n", s[0], s.size(), argc); // BUG
  return 0;
}
