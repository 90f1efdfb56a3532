// EXPECT: stack-buffer-underflow
// The handler walks back over its own digit buffer to strip trailing
// zeros and does not stop at the buffer's start when every digit is zero.
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

__attribute__((noinline)) static double divide(int a, int b) {
  if (b == 0) throw std::domain_error("division by zero");
  return (double)a / b;
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  double r = 0;
  try {
    r = divide(n, argc - 3);
  } catch (const std::domain_error &) {
    char digits[12];
    int len = 0;
    for (int i = 0; i < 8; i++) digits[len++] = '0';
    int i = len - 1;
    while (digits[i] == '0') i--; // BUG
    std::printf("%d\n", i);
  }
  std::printf("%f\n", r);
  return 0;
}
