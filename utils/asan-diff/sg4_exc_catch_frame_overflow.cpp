// EXPECT: stack-buffer-overflow
// An exception is thrown through three frames holding arrays; the catching
// frame then fills its own array, declared before the try, one too far.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
__attribute__((noinline)) static void level3(int n) {
  char a3[40];
  std::memset(a3, 3, sizeof a3);
  if (n) throw std::runtime_error("deep");
  std::printf("%d\n", a3[0]);
}
__attribute__((noinline)) static void level2(int n) {
  long a2[9];
  for (int i = 0; i < 9; i++) a2[i] = i;
  level3(n);
  std::printf("%ld\n", a2[8]);
}
__attribute__((noinline)) static void level1(int n) {
  int a1[17];
  for (int i = 0; i < 17; i++) a1[i] = i;
  level2(n);
  std::printf("%d\n", a1[16]);
}
int main(int argc, char **argv) {
  int results[6];
  int n = std::atoi(argv[1]);
  try {
    level1(n);
  } catch (const std::exception &e) {
    for (int i = 0; i <= n - 4; i++) results[i] = (int)std::strlen(e.what()) + i; // BUG
  }
  std::printf("%d %d\n", results[0], argc);
  return 0;
}
