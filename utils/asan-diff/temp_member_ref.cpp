// EXPECT: none (the temporary lives as long as the reference)
#include <cstdio>
struct P { int a[4]; };
__attribute__((noinline)) P make(int n) { P p{{n, n, n, n}}; return p; }
int main(int argc, char **argv) {
  const int &r = make(argc).a[1];
  std::printf("%d\n", r); // BUG
  return 0;
}
