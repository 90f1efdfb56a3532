// EXPECT: stack-use-after-scope
// FLAGS: -std=c++17
// A std::string_view made in a block over a block-local char array is
// compared (memcmp underneath) after the block ended.
#include <cstdio>
#include <cstdlib>
#include <string_view>
int main(int argc, char **argv) {
  std::string_view key;
  int n = std::atoi(argv[1]);
  if (n > 3) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "key-%d-%s", n, argv[2]);
    key = std::string_view(buf, 12);
  }
  bool same = key == std::string_view("key-10-ABCDE"); // BUG
  std::printf("%d %d\n", same, argc);
  return 0;
}
