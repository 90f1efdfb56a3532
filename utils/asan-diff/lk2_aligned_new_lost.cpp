// EXPECT: leak
// Over-aligned objects (alignas(64), allocated through operator new(size_t, align_val_t)) are dropped, single and array.
#include <cstdio>
#include <cstdlib>
#include <cstring>
struct alignas(64) Line { char b[64]; };
__attribute__((noinline)) static int make(int n) {
  Line *one = new Line; // BUG
  Line *many = new Line[n]; // BUG
  one->b[0] = 1;
  many[n - 1].b[0] = 2;
  int s = one->b[0] + many[n - 1].b[0];
  __asm__ volatile("" : : "r"(one), "r"(many) : "memory");
  return s;
}
__attribute__((noinline, no_sanitize("address"))) static void scrub() {
  char z[16384];
  std::memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  int s = make(std::atoi(argv[1]));
  scrub();
  std::printf("%d\n", s);
  return 0;
}
