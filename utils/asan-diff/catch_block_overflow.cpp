// EXPECT: stack-buffer-overflow
// The catch handler formats the message into its own local array and
// writes one byte past it.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
__attribute__((noinline)) static void fail(int c) { if (c) throw std::runtime_error("0123456789abcdef"); }
int main(int argc, char **argv) {
  try {
    fail(argc);
  } catch (const std::exception &e) {
    char msg[16];
    std::memcpy(msg, e.what(), 15);
    int k = std::atoi(argv[1]) + 6;
    msg[k] = 0; // BUG
    std::printf("%s\n", msg);
  }
  return 0;
}
