// EXPECT: stack-use-after-scope
// A pointer to an array local to a try block is kept outside it; the block
// is left by an exception and the handler reads through the pointer.
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
__attribute__((noinline)) static void check(const int *v, int n) { if (v[n - 1] > 5) throw std::runtime_error("too big"); }
__attribute__((noinline)) int peek(const int *v, int i) { return v[i]; } // BUG
int main(int argc, char **argv) {
  const int *last = nullptr;
  try {
    int readings[5];
    for (int i = 0; i < 5; i++) readings[i] = std::atoi(argv[1]) - 4 + i;
    last = readings;
    check(readings, 5);
  } catch (const std::exception &) {
    std::printf("%d %d\n", peek(last, 4), argc);
  }
  return 0;
}
