// EXPECT: alloc-dealloc-mismatch
// std::free on a heap std::string's data(), which operator new allocated.
#include <cstdio>
#include <cstdlib>
#include <string>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::string *s = new std::string(argv[2] + n);
  *s += *s;
  std::printf("%s\n", s->c_str());
  std::free(&(*s)[0]); // BUG
  return 0;
}
