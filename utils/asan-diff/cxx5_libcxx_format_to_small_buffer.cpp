// EXPECT: stack-buffer-overflow
// FLAGS: -stdlib=libc++ -std=c++20
// std::format_to writes a formatted line into a local char array that is too small.
#include <cstdio>
#include <cstdlib>
#include <format>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  char line[16];
  char *end = std::format_to(line, "user={} id={}", argv[2], n); // BUG
  *end = '\0';
  std::puts(line);
  return 0;
}
