// EXPECT: global-buffer-overflow
// A global array of padded structs (char, int, char: 12 bytes each) is
// searched with `<=`; the miss reads the tail char of the element past it.
#include <cstdio>
#include <cstdlib>
struct Entry { char tag; int value; char flag; };
Entry g_entries[6] = {{'a', 1, 0}, {'b', 2, 0}, {'c', 3, 1}, {'d', 4, 0}, {'e', 5, 0}, {'f', 6, 1}};
__attribute__((noinline)) static int count_flags(int n) {
  int c = 0;
  for (int i = 0; i <= n; i++) c += g_entries[i].flag; // BUG
  return c;
}
int main(int argc, char **argv) {
  std::printf("%d %d\n", count_flags(std::atoi(argv[1]) - 4), argc);
  return 0;
}
