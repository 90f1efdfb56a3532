// EXPECT: heap-use-after-free
// A one-shot std::function clears itself while running and then reads its own captures.
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
struct Timer {
  std::function<void()> on_fire;
  void fire() { if (on_fire) on_fire(); }
};
int main(int argc, char **argv) {
  Timer t;
  std::string label = std::string("timer-") + argv[2];
  int n = std::atoi(argv[1]);
  t.on_fire = [&t, label, n] {
    t.on_fire = nullptr;
    std::printf("%s fired %d\n", label.c_str(), n); // BUG
  };
  t.fire();
  return 0;
}
