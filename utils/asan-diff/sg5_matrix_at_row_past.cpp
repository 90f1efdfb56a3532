// EXPECT: stack-buffer-overflow
// A 3x3 matrix class's at(r, c) computes r*3+c; a caller iterating rows with
// `<= rows()` reads row 3.
#include <cstdio>
#include <cstdlib>
class Mat3 {
public:
  explicit Mat3(double d) { for (int i = 0; i < 9; i++) m_[i] = i % 4 ? 0 : d; }
  double at(int r, int c) const { return m_[r * 3 + c]; } // BUG
  int rows() const { return 3; }
private:
  double m_[9];
};
__attribute__((noinline)) static double trace_ish(const Mat3 &m, int lim) {
  double t = 0;
  for (int r = 0; r <= lim; r++) t += m.at(r, 0);
  return t;
}
int main(int argc, char **argv) {
  Mat3 m(std::atof(argv[1]));
  std::printf("%f\n", trace_ish(m, m.rows() + argc - 2));
  return 0;
}
