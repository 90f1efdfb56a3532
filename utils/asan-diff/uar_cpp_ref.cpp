// EXPECT: stack-use-after-return
#include <cstdio>
__attribute__((noinline)) const int &pick(int v) { int local = v * 2; const int &r = local; return r; }
int main(int argc, char **argv) {
  const int &r = pick(argc);
  std::printf("%d\n", r); // BUG
  return 0;
}
