// EXPECT: leak
// A heap std::string holding a long value (its characters in a second heap block) is never deleted: a direct and an indirect leak.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
__attribute__((noinline)) static size_t make(const char *s, int n) {
  std::string *str = new std::string(s); // BUG
  str->append(n, '!');
  size_t len = str->size();
  __asm__ volatile("" : : "r"(str) : "memory");
  return len;
}
__attribute__((noinline, no_sanitize("address"))) static void scrub() {
  char z[16384];
  std::memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  size_t l = make(argv[2], std::atoi(argv[1]));
  scrub();
  std::printf("%zu\n", l);
  return 0;
}
