// EXPECT: stack-use-after-return
// A recursive std::function captures itself by reference and is returned by copy.
#include <cstdio>
#include <cstdlib>
#include <functional>
static std::function<long(int)> make_fib(int limit) {
  std::function<long(int)> fib;
  fib = [&fib, limit](int k) -> long {
    if (k > limit) return -1;
    return k < 2 ? k : fib(k - 1) + fib(k - 2); // BUG
  };
  if (limit <= 0) return nullptr;
  return fib;
}
int main(int argc, char **argv) {
  auto fib = make_fib(40);
  std::printf("%ld\n", fib(std::atoi(argv[1])));
  return 0;
}
