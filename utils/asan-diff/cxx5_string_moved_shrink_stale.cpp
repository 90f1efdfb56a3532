// EXPECT: heap-use-after-free
// data() of a long string is kept after the string is moved out and the target shrinks.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::string path = std::string("/var/lib/service/") + argv[2];
  const char *view = path.data();
  std::string owner = std::move(path);
  owner.erase(n);
  owner.shrink_to_fit();
  std::printf("%s %c\n", owner.c_str(), view[n + 2]); // BUG
  return 0;
}
