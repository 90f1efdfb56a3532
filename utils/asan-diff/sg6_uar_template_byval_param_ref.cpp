// EXPECT: stack-use-after-return
// A template helper takes its arguments by value and returns a const
// reference to the larger one: a reference to its own parameter copy.
#include <cstdio>
#include <cstdlib>
struct Score { int points; char name[12]; };
template <typename T>
__attribute__((noinline)) const T &better(T a, T b) { return a.points >= b.points ? a : b; }
int main(int argc, char **argv) {
  Score x{std::atoi(argv[1]), "left"}, y{argc, "right"};
  const Score &w = better(x, y);
  std::printf("%d\n", w.points); // BUG
  return 0;
}
