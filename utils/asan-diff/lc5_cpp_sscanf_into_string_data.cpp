// EXPECT: stack-buffer-overflow
// sscanf("%s") into a std::string's buffer sized for 4 chars: it writes past the string object.
#include <cstdio>
#include <string>
int main(int argc, char **argv) {
  std::string s(4, '\0');
  int n = std::sscanf(argv[2], "%s", &s[0]); // BUG
  std::printf("%d %zu\n", n, s.size());
  return 0;
}
