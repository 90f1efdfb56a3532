// EXPECT: heap-use-after-free
// A reference to the first string of a vector is read after push_back reallocated it.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<std::string> names;
  names.push_back(argv[2]);
  const std::string &first = names[0];
  for (int i = 0; i < n; i++) names.push_back(first.substr(i, 3)); // BUG
  std::printf("%zu %zu\n", names.size(), first.size());
  return 0;
}
