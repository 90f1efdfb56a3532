// EXPECT: stack-buffer-overflow
// std::sort over a raw stack array with an end pointer one past the last element's end.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  int v[10];
  for (int i = 0; i < 10; i++)
    v[i] = argv[2][i] * (i % 3 ? 1 : -1);
  std::sort(v, v + n + 1); // BUG
  std::printf("%d\n", v[0]);
  return 0;
}
