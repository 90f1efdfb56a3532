// EXPECT: stack-use-after-scope
// A class stores the std::initializer_list its constructor was given; the
// backing array belongs to the full expression that built the object.
#include <cstdio>
#include <initializer_list>
class Weights {
public:
  Weights(std::initializer_list<int> w) : w_(w) {}
  __attribute__((noinline)) int total() const { int s = 0; for (int v : w_) s += v; return s; } // BUG
private:
  std::initializer_list<int> w_;
};
int main(int argc, char **argv) {
  Weights *w = new Weights{argc, argc + 1, argc * 3};
  std::printf("%d\n", w->total());
  delete w;
  return 0;
}
