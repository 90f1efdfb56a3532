// EXPECT: stack-use-after-return
// A lambda stores its own local's address into a variable captured by
// reference.
#include <cstdio>
#include <cstdlib>
#include <functional>
int main(int argc, char **argv) {
  double *keep = nullptr;
  std::function<void(int)> step = [&keep](int n) {
    double acc[4] = {n * 1.0, n * 2.0, n * 3.0, n * 4.0};
    keep = acc;
  };
  step(std::atoi(argv[1]));
  std::printf("%f\n", keep[argc]); // BUG
  return 0;
}
