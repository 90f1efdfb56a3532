// EXPECT: heap-use-after-free
#include <cstdio>
#include <string>
#include <string_view>
std::string make(int n) { return std::string(40, 'a' + n); }
int main(int argc, char **argv) {
  std::string_view v = make(argc);
  std::printf("%c\n", v[3]); // BUG
  return 0;
}
