// EXPECT: heap-use-after-free
// std::ifstream opened with a file name whose heap buffer was already freed (fopen inside libstdc++ reads it).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  char *name = new char[n];
  std::strcpy(name, "long.txt");
  delete[] name;
  std::ifstream in(name); // BUG
  std::printf("%d\n", in.is_open());
  return 0;
}
