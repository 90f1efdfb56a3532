// EXPECT: heap-use-after-free
// FLAGS: -std=c++17
// A validator throws an error holding a std::string_view into a local
// std::string (long enough to be on the heap); the unwinding destroys the
// string, and the handler prints the view.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

struct ValidationError { std::string_view field; int pos; };

__attribute__((noinline)) static void validate(const char *input, int n) {
  std::string normalized = std::string(input) + "-normalized-" + std::to_string(n);
  for (size_t i = 0; i < normalized.size(); i++)
    if (normalized[i] == '-') throw ValidationError{normalized, (int)i};
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  try {
    validate(argv[2], n);
  } catch (const ValidationError &e) {
    std::printf("bad char at %d: %c\n", e.pos, e.field[n]); // BUG
  }
  return 0;
}
