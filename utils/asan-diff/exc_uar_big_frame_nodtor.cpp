// EXPECT: stack-use-after-return
// A 48 KiB scratch matrix on the stack of a solver with no destructors in
// its frame; the solver throws a plain struct on a singular pivot and the
// handler reads the matrix through the pointer the struct carries.
#include <cstdio>
#include <cstdlib>

struct Singular { const double *matrix; int row; };

__attribute__((noinline)) static double solve(const char *seed, int n) {
  double m[6 * 1024];
  for (int i = 0; i < 6 * 1024; i++) m[i] = seed[i % 26] - 'A';
  for (int r = 0; r < n; r++) {
    double pivot = m[r * 513];
    if (pivot == 0.0) throw Singular{m, r};
    m[r * 513] = 1.0 / pivot;
  }
  return m[0];
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  double d = 0;
  try {
    d = solve(argv[2], n);
  } catch (const Singular &s) {
    d = s.matrix[s.row + n]; // BUG
  }
  std::printf("%f\n", d);
  return 0;
}
