// EXPECT: stack-use-after-return
// A widget's constructor registers a callback capturing `this` in a global
// registry; the widget was a local of a function that has returned when the
// callback fires.
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>
std::vector<std::function<int()>> g_on_exit;
struct Widget {
  int clicks[4];
  explicit Widget(int v) {
    for (int &c : clicks) c = v;
    g_on_exit.push_back([this] { return clicks[2]; }); // BUG
  }
};
__attribute__((noinline)) static int build(int v) {
  Widget w(v);
  return w.clicks[0];
}
int main(int argc, char **argv) {
  int r = build(std::atoi(argv[1]));
  for (auto &f : g_on_exit) r += f();
  std::printf("%d %d\n", r, argc);
  return 0;
}
