// EXPECT: heap-buffer-overflow
#include <cstdio>
#include <cstdlib>
#include <string>
int main(int argc, char **argv) {
  std::string s(argv[2]);
  char *d = s.data();
  d[s.size() + std::atoi(argv[1]) / 10] = '!'; // BUG
  std::printf("%zu %c\n", s.size(), d[0]);
  return 0;
}
