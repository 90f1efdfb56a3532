// EXPECT: global-buffer-overflow
#include <cstdio>
#include <cstdlib>
struct Tab { static int v[3]; };
int Tab::v[3] = {1, 2, 3};
int main(int argc, char **argv) {
  int k = atoi(argv[1]) - 7;
  std::printf("%d\n", Tab::v[k]); // BUG
  return 0;
}
