// EXPECT: stack-use-after-return
#include <cstdio>
int main(int argc, char **argv) {
  auto mk = [](int v) __attribute__((noinline)) {
    int local[4] = {v, v, v, v};
    int *p = local;
    return p;
  };
  int *p = mk(argc);
  std::printf("%d\n", p[1]); // BUG
  return 0;
}
