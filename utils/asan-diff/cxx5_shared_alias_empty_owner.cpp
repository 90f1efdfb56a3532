// EXPECT: heap-use-after-free
// An aliasing shared_ptr built with an empty owner does not keep its object alive.
#include <cstdio>
#include <cstdlib>
#include <memory>
struct Config { int retries; int timeout; };
static std::shared_ptr<int> timeout_of(const std::shared_ptr<Config> &c) {
  return std::shared_ptr<int>(std::shared_ptr<Config>(), &c->timeout);
}
int main(int argc, char **argv) {
  auto cfg = std::make_shared<Config>();
  cfg->retries = argv[2][0];
  cfg->timeout = std::atoi(argv[1]);
  std::shared_ptr<int> t = timeout_of(cfg);
  cfg.reset();
  std::printf("%d\n", *t); // BUG
  return 0;
}
