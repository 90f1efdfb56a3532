// EXPECT: stack-use-after-scope
// A reference to an array declared inside the try block is used in the
// catch handler, after the try block's scope has ended.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

__attribute__((noinline)) static void validate(const char *s, int n) {
  if (std::strlen(s) > (size_t)n) throw std::invalid_argument("too long");
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  char *scratch = nullptr;
  try {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s", argv[2]);
    scratch = buf;
    validate(buf, n);
    std::printf("ok %s\n", buf);
  } catch (const std::invalid_argument &e) {
    std::printf("%s: %c\n", e.what(), scratch[n]); // BUG
  }
  return 0;
}
