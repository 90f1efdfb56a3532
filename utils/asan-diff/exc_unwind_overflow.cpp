// EXPECT: stack-buffer-overflow
// The frame that is later unwound through by an exception writes one past
// its local array before calling the function that throws.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
__attribute__((noinline)) static void thrower(const char *buf) {
  throw std::runtime_error(buf);
}
__attribute__((noinline)) static int middle(int k) {
  char buf[24];
  std::memset(buf, 'm', sizeof buf - 1);
  buf[23] = 0;
  buf[k] = 'x'; // BUG
  thrower(buf);
  return buf[0];
}
__attribute__((noinline)) static int outer(int k) {
  char guard[32];
  std::memset(guard, 'o', sizeof guard);
  return middle(k) + guard[31];
}
int main(int argc, char **argv) {
  try {
    outer(std::atoi(argv[1]) + 14);
  } catch (const std::exception &e) {
    std::printf("%zu\n", std::strlen(e.what()));
  }
  return 0;
}
