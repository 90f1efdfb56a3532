// EXPECT: leak
#include <cstdio>
#include <cstring>
#include <map>
__attribute__((noinline)) static size_t use() {
  std::map<int, char *> m;
  for (int i = 0; i < 4; i++) { m[i] = new char[16 + i]; m[i][0] = 0; }
  return std::strlen(m[0]);
}
__attribute__((noinline, no_sanitize("address"))) static void scrub() { /* clear stale pointer copies on the stack */
  char z[16384];
  std::memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main() { std::printf("%zu\n", use()); scrub(); return 0; }
