// EXPECT: stack-use-after-return
// A class binds a const reference member to its constructor's by-value
// parameter; the parameter dies when the constructor returns.
#include <cstdio>
#include <cstdlib>
struct Limits { long lo, hi; };
class Checker {
  const Limits &lim_;
public:
  __attribute__((noinline)) explicit Checker(Limits lim) : lim_(lim) {}
  __attribute__((noinline)) bool ok(long v) const { return v >= lim_.lo && v <= lim_.hi; } // BUG
};
int main(int argc, char **argv) {
  Checker c(Limits{argc, std::atol(argv[1]) * 10});
  std::printf("%d\n", c.ok(argc + 1));
  return 0;
}
