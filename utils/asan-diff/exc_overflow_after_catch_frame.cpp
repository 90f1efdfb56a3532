// EXPECT: stack-buffer-overflow
// A retry loop keeps a small ring of attempt timestamps; after the catch
// it records the attempt at an index that reaches the ring's size.
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

__attribute__((noinline)) static int attempt(int i, int n) {
  if (i < n) throw std::runtime_error("busy");
  return i;
}

__attribute__((noinline)) static int with_retries(int n) {
  long stamps[8];
  int tries = 0;
  for (int i = 0; i <= n; i++) {
    try {
      return attempt(i, n);
    } catch (const std::runtime_error &) {
      stamps[tries] = 1000L * i; // BUG
      tries++;
    }
  }
  return (int)stamps[0];
}

int main(int argc, char **argv) {
  std::printf("%d\n", with_retries(std::atoi(argv[1])));
  return 0;
}
