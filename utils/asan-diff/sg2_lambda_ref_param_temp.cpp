// EXPECT: stack-use-after-scope
// A factory returns a lambda capturing its const int& parameter by
// reference; it is called with a temporary, which dies before the lambda
// runs.
#include <cstdio>
#include <cstdlib>
template <typename F> __attribute__((noinline)) int call(const F &f) { return f(); }
int main(int argc, char **argv) {
  auto make = [](const int &limit) { return [&limit] { return limit * 2; }; }; // BUG
  auto f = make(std::atoi(argv[1]) + argc);
  const auto *pf = &f;
  __asm__ volatile("" : "+r"(pf) : : "memory");
  std::printf("%d\n", call(*pf));
  return 0;
}
