// EXPECT: leak
// new[] of objects with a destructor (the block carries an 8-byte array cookie) is never delete[]d.
#include <cstdio>
#include <cstdlib>
#include <cstring>
struct Rec { int id; char name[20]; ~Rec() { id = -1; } };
__attribute__((noinline)) static int make(int n) {
  Rec *r = new Rec[n]; // BUG
  for (int i = 0; i < n; i++) r[i].id = i;
  int s = r[n - 1].id;
  __asm__ volatile("" : : "r"(r) : "memory");
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
