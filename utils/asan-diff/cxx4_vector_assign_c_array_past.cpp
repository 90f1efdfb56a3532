// EXPECT: stack-buffer-overflow
// std::vector::assign from a local int[10] with an end two past it.
#include <cstdio>
#include <cstdlib>
#include <vector>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  int a[10];
  for (int i = 0; i < 10; i++) a[i] = argv[2][i];
  std::vector<int> v;
  v.assign(a, a + n + 2); // BUG
  std::printf("%zu %d\n", v.size(), v[0]);
  return 0;
}
