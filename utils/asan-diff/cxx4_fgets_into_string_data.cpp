// EXPECT: heap-buffer-overflow
// FLAGS: -std=c++17
// std::fgets into std::string::data() of a 20-char string with a size of 3*argv.
#include <cstdio>
#include <cstdlib>
#include <string>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::string s(2 * n, ' ');
  std::FILE *f = std::fopen("long.txt", "r");
  if (!f) return 1;
  char *r = std::fgets(s.data(), 3 * n, f); // BUG
  std::fclose(f);
  std::printf("%d %c\n", r != nullptr, s[0]);
  return 0;
}
