// EXPECT: none
// Callbacks used while what they refer to is alive: bind+ref, this-capture, thread with cref, self-clearing function.
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
static void add(long &acc, int x) { acc += x; }
struct Widget {
  int width;
  std::function<int()> on_resize() { return [this] { return width * 2; }; }
};
struct Timer {
  std::function<void()> on_fire;
  void fire() {
    auto f = std::move(on_fire);
    on_fire = nullptr;
    if (f) f();
  }
};
static void worker(const int &limit, long *out) {
  long s = 0;
  for (int i = 0; i < limit; i++) s += i;
  *out = s;
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  long total = 0;
  auto sink = std::bind(add, std::ref(total), std::placeholders::_1);
  for (int i = 0; i < n; i++) sink(argv[2][i]);
  auto w = std::make_unique<Widget>(Widget{n});
  int r = w->on_resize()();
  Timer t;
  std::string label = std::string("timer-") + argv[2];
  t.on_fire = [&t, label] { t.on_fire = nullptr; std::printf("%s\n", label.c_str()); };
  t.fire();
  int limit = n * 3;
  long out = 0;
  std::thread th(worker, std::cref(limit), &out);
  th.join();
  std::string reason;
  try {
    throw std::runtime_error(std::string("cannot open configuration file ") + argv[2]);
  } catch (const std::exception &e) {
    reason = e.what();
  }
  std::printf("%ld %d %ld %zu\n", total, r, out, reason.size());
  return 0;
}
