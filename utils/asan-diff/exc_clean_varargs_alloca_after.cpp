// EXPECT: none
// After each caught exception the program calls variadic functions (va_arg
// over many doubles and pointers) and functions that alloca buffers of
// several sizes; the stack they use is the one the exception unwound.
#include <alloca.h>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <vector>

__attribute__((noinline)) static double sum_doubles(int count, ...) {
  va_list ap;
  va_start(ap, count);
  double s = 0;
  for (int i = 0; i < count; i++) s += va_arg(ap, double);
  va_end(ap);
  return s;
}

__attribute__((noinline)) static size_t join(char *out, size_t cap, int count, ...) {
  va_list ap;
  va_start(ap, count);
  size_t used = 0;
  for (int i = 0; i < count; i++) {
    const char *p = va_arg(ap, const char *);
    used += std::snprintf(out + used, cap - used, "%s,", p);
  }
  va_end(ap);
  return used;
}

__attribute__((noinline)) static int scratch(int size, const char *s) {
  char *buf = static_cast<char *>(alloca(size));
  std::memset(buf, s[size % 26], size);
  return buf[size - 1] + buf[0];
}

__attribute__((noinline)) static void deep_fail(int depth, std::vector<int> &trail) {
  int local[40];
  for (int i = 0; i < 40; i++) local[i] = depth + i;
  trail.push_back(local[39]);
  if (depth == 25) throw std::underflow_error("deep");
  deep_fail(depth + 1, trail);
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  double total = 0;
  for (int round = 0; round < n; round++) {
    std::vector<int> trail;
    try {
      deep_fail(0, trail);
    } catch (const std::underflow_error &) {
      total += trail.size();
    }
    char line[128];
    total += join(line, sizeof line, 6, argv[2], "a", "bb", "ccc", argv[1], "z");
    total += sum_doubles(10, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0 * round);
    for (int sz = 1; sz < 5000; sz = sz * 3 + 1) total += scratch(sz, argv[2]);
  }
  std::printf("%f\n", total);
  return 0;
}
