// EXPECT: heap-use-after-free
// A callback capturing `this` of a heap widget runs after the widget is destroyed.
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <vector>
class Widget {
 public:
  explicit Widget(int w) : width_(w) {}
  std::function<int()> on_resize() {
    return [this] { return width_ * 2; }; // BUG
  }
 private:
  int width_;
};
int main(int argc, char **argv) {
  std::vector<std::function<int()>> handlers;
  auto w = std::make_unique<Widget>(std::atoi(argv[1]));
  handlers.push_back(w->on_resize());
  w.reset();
  int total = 0;
  for (auto &h : handlers) total += h();
  std::printf("%d\n", total);
  return 0;
}
