// EXPECT: stack-use-after-scope
// A method of a temporary object returns a lambda capturing `this`; the
// temporary dies at the end of the declaration, the lambda is called later.
#include <cstdio>
#include <cstdlib>
struct Scaler {
  int factor;
  int pad[3];
  __attribute__((noinline)) auto bind() const { return [this](int x) { return x * factor; }; } // BUG
};
__attribute__((noinline)) static Scaler make(int f) { return Scaler{f, {1, 2, 3}}; }
int main(int argc, char **argv) {
  auto f = make(std::atoi(argv[1])).bind();
  int r = f(argc + 4);
  std::printf("%d\n", r);
  return 0;
}
