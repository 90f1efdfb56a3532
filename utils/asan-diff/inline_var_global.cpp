// EXPECT: global-buffer-overflow (neither tool pads a comdat global: an unpadded copy may win)
#include <cstdio>
#include <cstdlib>
inline int arr[4] = {1, 2, 3, 4};
inline int arr2[4] = {5, 6, 7, 8};
int main(int argc, char **argv) {
  int k = std::atoi(argv[1]) - 6;
  std::printf("%d %d\n", arr[k], arr2[0]); // BUG
  return 0;
}
