// EXPECT: stack-buffer-overflow
// The catch handler formats the error into its own 16-byte array, copying
// one byte per character of the message without a bound.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

__attribute__((noinline)) static int parse_port(const char *s) {
  int v = std::atoi(s);
  if (v < 1024) throw std::domain_error("port below 1024 is reserved");
  return v;
}

int main(int argc, char **argv) {
  int port = 0;
  try {
    port = parse_port(argv[1]);
  } catch (const std::domain_error &e) {
    char shortmsg[16];
    const char *m = e.what();
    size_t len = std::strlen(m);
    for (size_t i = 0; i <= len && i < 20; i++) shortmsg[i] = m[i]; // BUG
    std::printf("%.15s\n", shortmsg);
  }
  std::printf("%d\n", port);
  return 0;
}
