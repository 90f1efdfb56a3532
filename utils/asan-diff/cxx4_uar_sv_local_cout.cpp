// EXPECT: stack-use-after-return
// FLAGS: -std=c++17
// A function returns a string_view of its local char array; the caller writes it to std::cout (fwrite inside libstdc++).
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string_view>
__attribute__((noinline)) static std::string_view tag_of(const char *s, int n) {
  char local[32];
  std::memcpy(local, s, n);
  return std::string_view(local, n);
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::string_view v = tag_of(argv[2], n);
  std::cout << v << std::endl; // BUG
  return 0;
}
