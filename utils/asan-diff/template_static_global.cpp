// EXPECT: global-buffer-overflow
#include <cstdio>
#include <cstdlib>
template <typename T> struct Holder { static T data[3]; };
template <typename T> T Holder<T>::data[3] = {1, 2, 3};
int main(int argc, char **argv) {
  int k = std::atoi(argv[1]) - 7;
  std::printf("%d\n", Holder<int>::data[k]); // BUG
  return 0;
}
