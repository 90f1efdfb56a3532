// EXPECT: global-buffer-overflow
// An array of structs in an anonymous namespace, written one element past
// its end.
#include <cstdio>
#include <cstdlib>
namespace {
struct Slot { int key; short used; };
Slot slots[8];
__attribute__((noinline)) void mark(int i, int k) { slots[i].used = 1; slots[i].key = k; } // BUG
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]) - 1; /* 9 */
  for (int i = 0; i < n; i++) mark(i, i * argc);
  std::printf("%d\n", slots[3].key);
  return 0;
}
