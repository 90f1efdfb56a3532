// EXPECT: heap-use-after-free
#include <cstdio>
#include <cstdlib>
#include <vector>
int main(int argc, char **argv) {
  std::vector<int> v = {1, 2, 3};
  std::vector<int>::iterator it = v.begin() + 1;
  for (int i = 0; i < std::atoi(argv[1]); i++) v.push_back(i);
  std::printf("%d\n", *it); // BUG
  return 0;
}
