// EXPECT: allocation-size-too-big
// A nothrow new[] of an absurd size whose null result the program checks.
#include <cstdio>
#include <cstdlib>
#include <new>
int main(int argc, char **argv) {
  size_t count = (size_t)std::atoi(argv[1]) << 40;
  double *grid = new (std::nothrow) double[count]; // BUG
  if (!grid) {
    std::printf("out of memory\n");
    return 0;
  }
  grid[0] = argv[2][0];
  std::printf("%f\n", grid[0]);
  delete[] grid;
  return 0;
}
