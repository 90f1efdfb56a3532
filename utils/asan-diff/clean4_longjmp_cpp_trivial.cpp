// EXPECT: none
// longjmp across C++ frames that hold only trivially destructible
// objects (std::array, POD structs, raw arrays), thousands of times from
// varying depths, with member functions and lambdas on the path.
#include <array>
#include <csetjmp>
#include <cstdio>
#include <cstdlib>
#include <cstring>

static std::jmp_buf env;
static long acc;

struct Walker {
  std::array<short, 27> steps;
  int id;
  __attribute__((noinline)) void go(int d) {
    std::array<int, 14> local{};
    for (int i = 0; i < 14; i++) local[i] = d * i + id;
    steps[d % 27] = (short)local[13];
    acc += steps[26] + local[13];
    auto deeper = [&](int k) {
      char tag[9];
      std::memset(tag, 'a' + k % 26, sizeof tag);
      acc += tag[8];
      if (k == 0) std::longjmp(env, id + 1);
      go(k - 1);
    };
    deeper(d);
  }
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  long total = 0;
  for (int r = 0; r < n * 400; r++) {
    Walker w;
    w.steps.fill(1);
    w.id = r % 50;
    int got = setjmp(env);
    if (got == 0)
      w.go(3 + r % 20);
    else
      total += got;
  }
  std::printf("%ld %ld\n", total, acc);
  return 0;
}
