// EXPECT: stack-buffer-overflow
// Two cache-line aligned structs on the stack; the index of the second
// line runs to a third.
#include <cstdio>
#include <cstdlib>
#include <cstring>
struct alignas(64) Line { char data[40]; int used; };
__attribute__((noinline)) static int touch(Line *l, int n) {
  int t = 0;
  for (int i = 0; i < n; i++) t += l[i].used; // BUG
  return t;
}
int main(int argc, char **argv) {
  Line lines[2];
  std::memset(lines, 0, sizeof lines);
  lines[1].used = argc;
  int n = std::atoi(argv[1]) - 7; /* 3 */
  std::printf("%d\n", touch(lines, n));
  return 0;
}
