// EXPECT: stack-buffer-overflow
// A lambda captures a small weight array by value; the closure object sits
// on the stack and is passed to a generic scorer, whose index walks one
// past the captured array -- past the end of the closure object.
#include <cstdio>
#include <cstdlib>
template <typename F>
__attribute__((noinline)) long score_all(const F &weight, int count) {
  long s = 0;
  for (int i = 0; i < count; i++) s += weight(i);
  return s;
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  int w[5];
  for (int i = 0; i < 5; i++) w[i] = n * i + argc;
  auto weight = [w](int i) { return w[i]; }; // BUG
  long s = score_all(weight, n - 4);  /* 6 weights asked, 5 captured */
  std::printf("%ld\n", s);
  return 0;
}
