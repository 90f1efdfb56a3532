// EXPECT: stack-use-after-return
// A global std::function is set by a function to a lambda capturing one of
// its locals by reference; the lambda is called after that function returned.
#include <cstdio>
#include <cstdlib>
#include <functional>
static std::function<int()> g_callback;
__attribute__((noinline)) static void install(int seed) {
  int counter[4] = {seed, seed + 1, seed + 2, seed + 3};
  g_callback = [&counter] { return counter[2]; }; // BUG
  g_callback();
}
int main(int argc, char **argv) {
  install(std::atoi(argv[1]));
  std::printf("%d\n", g_callback()); // the lambda runs here
  return 0;
}
