// EXPECT: none
// A recursive evaluator catches at every level, records the failure in its
// own locals and rethrows with `throw;`; 600 levels, each with an array
// and a std::string. The top then evaluates a valid expression deeply.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

static long g_unwound;

__attribute__((noinline)) static long eval(int depth, int fail_at, const char *s) {
  std::string where = "level" + std::to_string(depth);
  int operands[12];
  for (int i = 0; i < 12; i++) operands[i] = s[(depth + i) % 26];
  if (depth == fail_at) throw std::domain_error("division by zero at " + where);
  if (depth == 0 && fail_at < 0) return operands[0];
  long r;
  try {
    r = eval(depth - 1, fail_at, s);
  } catch (const std::domain_error &) {
    operands[11] += (int)where.size();
    g_unwound += operands[11];
    throw;
  }
  return r + operands[depth % 12];
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  long total = 0;
  for (int round = 0; round < 3; round++) {
    try {
      total += eval(n * 60, 5, argv[2]);
    } catch (const std::domain_error &e) {
      total += (long)std::strlen(e.what());
    }
    total += eval(n * 60, -1, argv[2]);
  }
  std::printf("%ld %ld\n", total, g_unwound);
  return 0;
}
