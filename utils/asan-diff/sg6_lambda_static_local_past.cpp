// EXPECT: global-buffer-overflow
// A lambda in main keeps a static local array (internal linkage) and returns
// a reference to slot i; slot 6 of the 6-slot array is incremented.
#include <cstdio>
#include <cstdlib>
int main(int argc, char **argv) {
  auto slot = [](int i) -> int & {
    static int cells[6];
    return cells[i];
  };
  int k = std::atoi(argv[1]) - 4; // 6
  for (int i = 0; i < 6; i++) slot(i) = i * argc;
  slot(k) += 1; // BUG
  std::printf("%d\n", slot(2));
  return 0;
}
