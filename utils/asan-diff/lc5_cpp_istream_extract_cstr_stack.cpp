// EXPECT: stack-buffer-overflow
// operator>>(istream&, char *) (C++17) reads a whole word into a small stack buffer whose size
// the call cannot see (libstdc++ bounds it with __builtin_object_size when it can).
#include <cstdio>
#include <sstream>
#include <string>
int main(int argc, char **argv) {
  std::istringstream in(std::string(argv[2]) + " tail");
  char word[8];
  char *volatile p = word;
  in >> p; // BUG
  std::printf("%c\n", word[0]);
  return 0;
}
