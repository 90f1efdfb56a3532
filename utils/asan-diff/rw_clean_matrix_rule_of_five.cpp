// EXPECT: none
// A matrix class owning a raw new[] buffer with all five special members (deep copy, moves
// that leave the source empty, self-assignment safe), returned from a function that picks
// one of two locals (no NRVO: the move constructor runs), swapped, and copied into a vector
// that reallocates.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <vector>

class Matrix {
public:
  Matrix() = default;
  Matrix(int r, int c) : r_(r), c_(c), d_(new double[static_cast<size_t>(r) * c]()) {}
  Matrix(const Matrix &o) : r_(o.r_), c_(o.c_), d_(o.d_ ? new double[o.count()] : nullptr) {
    if (d_) std::memcpy(d_, o.d_, o.count() * sizeof(double));
  }
  Matrix(Matrix &&o) noexcept : r_(o.r_), c_(o.c_), d_(std::exchange(o.d_, nullptr)) { o.r_ = o.c_ = 0; }
  Matrix &operator=(Matrix o) noexcept { // copy-and-swap covers both assignments
    swap(o);
    return *this;
  }
  ~Matrix() { delete[] d_; }
  void swap(Matrix &o) noexcept {
    std::swap(r_, o.r_);
    std::swap(c_, o.c_);
    std::swap(d_, o.d_);
  }

  size_t count() const { return static_cast<size_t>(r_) * c_; }
  double &at(int i, int j) { return d_[static_cast<size_t>(i) * c_ + j]; }
  double at(int i, int j) const { return d_[static_cast<size_t>(i) * c_ + j]; }
  int rows() const { return r_; }
  int cols() const { return c_; }

  Matrix operator*(const Matrix &o) const {
    Matrix m(r_, o.c_);
    for (int i = 0; i < r_; i++)
      for (int k = 0; k < c_; k++)
        for (int j = 0; j < o.c_; j++) m.at(i, j) += at(i, k) * o.at(k, j);
    return m;
  }

private:
  int r_ = 0, c_ = 0;
  double *d_ = nullptr;
};

static Matrix power(const Matrix &m, unsigned e) {
  Matrix result(m.rows(), m.cols());
  for (int i = 0; i < m.rows(); i++) result.at(i, i) = 1;
  Matrix b = m;
  if (e == 1) return b; // moves b out
  while (e) {
    if (e & 1) result = result * b;
    b = b * b;
    e >>= 1;
  }
  return result;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  const char *s = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  Matrix fib(2, 2);
  fib.at(0, 0) = fib.at(0, 1) = fib.at(1, 0) = 1;
  std::vector<Matrix> powers;
  for (unsigned e = 1; e <= static_cast<unsigned>(n) * 3; e++) powers.push_back(power(fib, e));
  Matrix a = powers.front(), b = powers.back();
  a.swap(b);
  a = a;
  Matrix c(3, 3);
  for (int i = 0; i < 9; i++) c.at(i / 3, i % 3) = (s[i] - 'A') / 10.0;
  c = power(c, 5);
  std::printf("%zu powers, F(%d) = %.0f, F(1) = %.0f, c[2][2] = %.4f, moved-from size %zu\n", powers.size(), n * 3,
              a.at(0, 1), b.at(0, 1), c.at(2, 2), Matrix(std::move(b)).count() - b.count());
  return 0;
}
