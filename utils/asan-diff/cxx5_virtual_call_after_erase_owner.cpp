// EXPECT: heap-use-after-free
// A raw pointer from a vector<unique_ptr<Base>> is used for a virtual call after erase.
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>
struct Plugin {
  virtual ~Plugin() = default;
  virtual int run(int x) = 0;
};
struct Doubler : Plugin { int run(int x) override { return 2 * x; } };
struct Adder : Plugin {
  int k;
  explicit Adder(int k) : k(k) {}
  int run(int x) override { return x + k; }
};
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<std::unique_ptr<Plugin>> plugins;
  plugins.push_back(std::make_unique<Adder>(n));
  plugins.push_back(std::make_unique<Doubler>());
  Plugin *active = plugins[0].get();
  plugins.erase(plugins.begin());
  int v = 0;
  for (auto &p : plugins) v = p->run(v + 1);
  std::printf("%d\n", active->run(v)); // BUG
  return 0;
}
