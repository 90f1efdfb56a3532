// EXPECT: bad-free
// An array of objects with destructors from new[] is released with free().
#include <cstdio>
#include <cstdlib>
#include <string>
struct Cell {
  std::string text;
  int col = 0;
  ~Cell() { col = -1; }
};
static void release(void *p) { std::free(p); } // BUG
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  Cell *row = new Cell[n];
  for (int i = 0; i < n; i++) row[i].col = argv[2][i];
  std::printf("%d\n", row[n - 1].col);
  release(row);
  return 0;
}
