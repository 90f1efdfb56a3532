// EXPECT: heap-buffer-overflow
#include <cstdio>
#include <cstdlib>
#include <vector>
int main(int argc, char **argv) {
  std::vector<int> v;
  for (int i = 0; i < std::atoi(argv[1]); i++) v.push_back(i);
  v.shrink_to_fit();
  auto it = v.end();
  std::printf("%d\n", *it); // BUG
  return 0;
}
