// EXPECT: heap-use-after-free
#include <cstdio>
#include <vector>
int main(int argc, char **argv) {
  std::vector<int> v(4, argc);
  int &first = v[0];
  for (int i = 0; i < 100; i++) v.push_back(i);
  std::printf("%d\n", first); // BUG
  return 0;
}
