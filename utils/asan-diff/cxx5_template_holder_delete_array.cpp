// EXPECT: alloc-dealloc-mismatch
// A generic owner template deletes with `delete` what was allocated with new[].
#include <cstdio>
#include <cstdlib>
template <class T> class Owned {
 public:
  explicit Owned(T *p) : p_(p) {}
  ~Owned() { delete p_; } // BUG
  Owned(const Owned &) = delete;
  T *get() const { return p_; }
 private:
  T *p_;
};
template <class T> static Owned<T> make_buffer(int n) { return Owned<T>(new T[n]()); }
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  auto buf = make_buffer<double>(n);
  for (int i = 0; i < n; i++) buf.get()[i] = argv[2][i] * 0.5;
  std::printf("%f\n", buf.get()[n - 1]);
  return 0;
}
