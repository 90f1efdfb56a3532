// EXPECT: heap-buffer-overflow
// operator>>(istream&, char*) with std::setw(2*argv) into a new char[8], in a
// noinline helper so libstdc++'s -O2 __builtin_object_size clamp cannot see the size.
#include <cstdio>
#include <cstdlib>
#include <iomanip>
#include <sstream>
__attribute__((noinline)) static bool word_into(std::istream &in, char *dst, int w) {
  in >> std::setw(w) >> dst; // BUG
  return in.good();
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::istringstream in(argv[2]);
  char *word = new char[8];
  bool ok = word_into(in, word, 2 * n);
  std::printf("%d %c\n", ok, word[0]);
  delete[] word;
  return 0;
}
