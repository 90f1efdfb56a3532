// EXPECT: none
// A range-for iterates over a temporary std::vector<char*> (kept alive for the loop); exit() is called from inside the loop body.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>
__attribute__((noinline)) static std::vector<char *> make(int n) {
  std::vector<char *> v;
  for (int i = 0; i < 3; i++) { v.push_back((char *)std::malloc(n + i)); std::memset(v.back(), 'r', n + i); }
  return v;
}
__attribute__((noinline)) static void finish(char c) {
  std::printf("%c\n", c);
  std::fflush(stdout);
  std::exit(0);
}
int main(int argc, char **argv) {
  int k = 0;
  for (char *s : make(std::atoi(argv[1]))) {
    if (++k == 2) finish(s[0]);
  }
  return 1;
}
