// EXPECT: heap-buffer-overflow
#include <cstdio>
#include <cstdlib>
#include <vector>
int main(int argc, char **argv) {
  std::vector<int> v(5);
  v.data()[std::atoi(argv[1]) - 5] = 1; // BUG
  std::printf("%d\n", v[0]);
  return 0;
}
