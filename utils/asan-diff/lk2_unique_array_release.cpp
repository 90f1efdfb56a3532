// EXPECT: leak
// std::unique_ptr<int[]>::release() is called for its side effect and the returned pointer discarded.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
__attribute__((noinline)) static int fill(int n) {
  std::unique_ptr<int[]> a(new int[n * 2]); // BUG
  for (int i = 0; i < n * 2; i++) a[i] = i;
  int s = a[n];
  (void)a.release();
  return s;
}
__attribute__((noinline, no_sanitize("address"))) static void scrub() {
  char z[16384];
  std::memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  int s = fill(std::atoi(argv[1]));
  scrub();
  std::printf("%d\n", s);
  return 0;
}
