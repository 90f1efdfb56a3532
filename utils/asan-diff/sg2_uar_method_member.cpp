// EXPECT: stack-use-after-return
// A method returns a pointer into a local object's member array.
#include <cstdio>
#include <cstdlib>
struct Buf { int v[6]; int *data() { return v; } };
struct Maker {
  int base;
  __attribute__((noinline)) int *make() const {
    Buf b;
    for (int i = 0; i < 6; i++) b.v[i] = base + i;
    return b.data();
  }
};
int main(int argc, char **argv) {
  Maker m{std::atoi(argv[1])};
  int *p = m.make();
  std::printf("%d\n", p[argc]); // BUG
  return 0;
}
