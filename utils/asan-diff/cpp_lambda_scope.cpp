// EXPECT: stack-use-after-scope
#include <cstdio>
#include <functional>
int main(int argc, char **argv) {
  std::function<int()> f;
  {
    int x = argc;
    f = [&x] { return x; };
  }
  std::printf("%d\n", f()); // BUG
  return 0;
}
