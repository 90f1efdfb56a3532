// EXPECT: heap-use-after-free
// FLAGS: -std=c++17
// A string_view into a heap std::string held in a vector outlives it: the
// vector is cleared, then the view is read.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>
int main(int argc, char **argv) {
  std::vector<std::string> names;
  for (int i = 0; i < 4; i++) names.push_back(std::string(argv[2]) + std::to_string(i));
  std::string_view v = names[2];
  names.clear();
  std::printf("%c\n", v[std::atoi(argv[1])]); // BUG
  return 0;
}
