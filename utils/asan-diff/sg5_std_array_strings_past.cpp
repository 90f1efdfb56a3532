// EXPECT: stack-buffer-overflow
// A local std::array of column structs (a width and a std::string name) is
// queried with size() as the index: the width of the column past the end is
// read.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <string>
struct Column { int width; std::string name; };
__attribute__((noinline)) static int width_of(const std::array<Column, 3> &a, size_t i) { return a[i].width; } // BUG
int main(int argc, char **argv) {
  std::array<Column, 3> cols{{{4, "id"}, {12, argv[1]}, {8, "gamma"}}};
  size_t i = std::atoi(argv[1]) - 7; // 3
  std::printf("%d %zu %d\n", width_of(cols, i), cols[1].name.size(), argc);
  return 0;
}
