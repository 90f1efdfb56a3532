// EXPECT: stack-use-after-scope
#include <cstdio>
struct View {
  const int &r;
  View(const int &x) : r(x) {}
};
__attribute__((noinline)) int twice(int v) { return v * 2; }
__attribute__((noinline)) int get(View *w) {
  return w->r; // BUG
}
int main(int argc, char **argv) {
  View w(twice(argc));
  std::printf("%d\n", get(&w));
  return 0;
}
