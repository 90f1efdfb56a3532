// EXPECT: heap-buffer-overflow
// string_view::remove_prefix by more than its size, then the view is read.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
static char first_after(std::string_view sv, size_t skip) {
  sv.remove_prefix(skip);
  return sv[0]; // BUG
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::string line(argv[2]);
  std::printf("%c\n", first_after(line, n * 3));
  return 0;
}
