// EXPECT: none
// Correct ownership: enable_shared_from_this, aliasing with an owner, release then one delete, array and malloc deleters.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>
struct Node : std::enable_shared_from_this<Node> {
  int id;
  explicit Node(int i) : id(i) {}
  void enroll(std::vector<std::shared_ptr<Node>> &reg) { reg.push_back(shared_from_this()); }
};
struct Config { int retries; int timeout; };
struct Shape { virtual ~Shape() = default; int id = 0; };
struct Polygon : Shape { double pts[12] = {}; };
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<std::shared_ptr<Node>> reg;
  { auto node = std::make_shared<Node>(n); node->enroll(reg); }
  auto cfg = std::make_shared<Config>(Config{argv[2][0], n});
  std::shared_ptr<int> timeout(cfg, &cfg->timeout);
  cfg.reset();
  std::weak_ptr<Config> w = std::shared_ptr<Config>(timeout, nullptr);
  auto up = std::make_unique<Config>(Config{1, 2});
  Config *raw = up.release();
  std::unique_ptr<int[]> arr(new int[n]());
  std::unique_ptr<char, decltype(&std::free)> cstr(static_cast<char *>(std::malloc(32)), &std::free);
  std::snprintf(cstr.get(), 32, "%s", argv[2]);
  std::vector<std::unique_ptr<Shape>> scene;
  scene.push_back(std::make_unique<Polygon>());
  scene.pop_back();
  arr[n - 1] = raw->retries;
  delete raw;
  std::printf("%d %d %ld %d %zu\n", reg[0]->id, *timeout, w.use_count(), arr[n - 1], std::strlen(cstr.get()));
  return 0;
}
