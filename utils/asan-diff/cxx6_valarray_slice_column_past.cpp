// EXPECT: heap-buffer-overflow
// FLAGS: -std=c++17
// A row-major matrix is stored in a std::valarray<double>. Column
// extraction uses std::slice(col, rows, cols), but the caller numbers
// columns from 1, so the last column's slice starts one element too far
// and its final element lies past the valarray.
#include <cstdio>
#include <cstdlib>
#include <valarray>

struct Matrix {
  size_t rows, cols;
  std::valarray<double> a;
  Matrix(size_t r, size_t c) : rows(r), cols(c), a(r * c) {}
  __attribute__((noinline)) std::valarray<double> column(size_t c) const {
    return a[std::slice(c, rows, cols)]; // BUG
  }
};

int main(int argc, char **argv) {
  size_t n = std::atoi(argv[1]);
  Matrix m(n, n / 2);
  for (size_t i = 0; i < m.a.size(); i++) m.a[i] = argv[2][i % 26] - 'A';
  double total = 0;
  for (size_t col = 1; col <= m.cols; col++) {   // 1-based: off by one
    std::valarray<double> v = m.column(col);
    total += v.sum();
  }
  std::printf("%f %d\n", total, argc);
  return 0;
}
