// EXPECT: heap-use-after-free
// The message of a caught std::runtime_error (its string lives with the
// exception object) is kept as a const char * and printed after the
// handler ended and the exception was destroyed.
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>

__attribute__((noinline)) static void load(const char *name, int n) {
  if (n > 3) throw std::runtime_error(std::string("cannot load ") + name + " at level " + std::to_string(n));
}

int main(int argc, char **argv) {
  int level = std::atoi(argv[1]);
  const char *reason = "ok";
  int failures = 0;
  try {
    load(argv[2], level);
  } catch (const std::runtime_error &e) {
    reason = e.what();
    failures++;
  }
  std::printf("%d failure(s), reason: %c\n", failures, reason[level]); // BUG
  return 0;
}
