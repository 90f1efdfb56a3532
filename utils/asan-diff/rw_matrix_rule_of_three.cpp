// EXPECT: heap-use-after-free
// A dense matrix class owning a raw new[] buffer, with a destructor and a copy assignment but
// no copy constructor (rule of three broken). Returning a matrix by value from a function
// that picks one of two named locals cannot use NRVO, so the implicit shallow copy
// constructor runs: the returned matrix shares the local's buffer, freed when power() returns.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

class Matrix {
public:
  Matrix(int r, int c) : rows_(r), cols_(c), data_(new double[static_cast<size_t>(r) * c]()) {}
  ~Matrix() { delete[] data_; }
  Matrix &operator=(const Matrix &o) {
    if (this == &o) return *this;
    double *d = new double[static_cast<size_t>(o.rows_) * o.cols_];
    std::memcpy(d, o.data_, sizeof(double) * o.rows_ * o.cols_);
    delete[] data_;
    data_ = d;
    rows_ = o.rows_;
    cols_ = o.cols_;
    return *this;
  }
  // Matrix(const Matrix &) missing: the compiler's memberwise copy shares data_.

  double &at(int r, int c) { return data_[r * cols_ + c]; }
  double at(int r, int c) const { return data_[r * cols_ + c]; }
  int rows() const { return rows_; }
  int cols() const { return cols_; }

  Matrix mul(const Matrix &o) const {
    Matrix m(rows_, o.cols_);
    for (int i = 0; i < rows_; i++)
      for (int k = 0; k < cols_; k++) {
        double a = at(i, k);
        for (int j = 0; j < o.cols_; j++) m.at(i, j) += a * o.at(k, j);
      }
    return m;
  }

  double norm() const {
    double s = 0;
    for (int i = 0; i < rows_ * cols_; i++) s += data_[i] * data_[i];
    return std::sqrt(s);
  }

private:
  int rows_, cols_;
  double *data_;
};

static Matrix identity(int n) {
  Matrix m(n, n);
  for (int i = 0; i < n; i++) m.at(i, i) = 1;
  return m;
}

// Square-and-multiply; returns whichever local holds the result.
static Matrix power(const Matrix &base, unsigned e) {
  Matrix result = identity(base.rows());
  Matrix b(base.rows(), base.cols());
  b = base;
  if (e == 0) return result;
  while (e > 1) {
    if (e & 1) result = result.mul(b);
    b = b.mul(b);
    e >>= 1;
  }
  if (result.norm() == std::sqrt(static_cast<double>(base.rows()))) return b; // result is still I
  result = result.mul(b);
  return result;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  const char *s = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  // Fibonacci through the 2x2 matrix [[1,1],[1,0]], then a bigger stochastic-ish matrix.
  Matrix fib(2, 2);
  fib.at(0, 0) = fib.at(0, 1) = fib.at(1, 0) = 1;
  for (unsigned e = 1; e <= static_cast<unsigned>(n); e++) {
    Matrix p = power(fib, e);
    std::printf("F(%u) = %.0f\n", e, p.at(0, 1)); // BUG
  }
  Matrix m(4, 4);
  for (int i = 0; i < 4; i++)
    for (int j = 0; j < 4; j++) m.at(i, j) = (s[(i * 4 + j) % 26] - 'A') / 100.0;
  Matrix p = power(m, 8);
  std::printf("norm %.6f\n", p.norm());
  return 0;
}
