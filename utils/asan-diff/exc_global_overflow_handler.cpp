// EXPECT: global-buffer-overflow
// The handler files the error code into a global histogram indexed by a
// code that can equal the table size.
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

static int g_histogram[10];

struct CodedError : std::runtime_error {
  int code;
  CodedError(int c) : std::runtime_error("coded"), code(c) {}
};

__attribute__((noinline)) static void op(int i, int n) {
  if (i % 3 == 2) throw CodedError(i < n ? i : n);
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  for (int i = 0; i < n + 3; i++) {
    try {
      op(i, n);
    } catch (const CodedError &e) {
      g_histogram[e.code]++; // BUG
    }
  }
  std::printf("%d\n", g_histogram[2]);
  return 0;
}
