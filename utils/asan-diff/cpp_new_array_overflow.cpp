// EXPECT: heap-buffer-overflow
#include <cstdio>
#include <cstdlib>
int main(int argc, char **argv) {
  double *d = new double[4];
  d[std::atoi(argv[1]) - 6] = 1.0; // BUG
  std::printf("%f\n", d[0]);
  delete[] d;
  return 0;
}
