// EXPECT: heap-use-after-free
// FLAGS: -std=c++20
// A service publishes its configuration through a C++20
// std::atomic<std::shared_ptr<const Config>> so that reloads are safe.
// A request handler, to "avoid refcount traffic", keeps only the raw
// pointer from `g_config.load().get()`; when a reload stores a new config
// the old one loses its last owner and the handler reads freed memory.
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

struct Config {
  std::string upstream;
  int timeout_ms;
  int retries;
};

static std::atomic<std::shared_ptr<const Config>> g_config;

__attribute__((noinline)) static void reload(const char *host, int gen) {
  auto c = std::make_shared<Config>();
  c->upstream = std::string("https://") + host + "/v" + std::to_string(gen);
  c->timeout_ms = 250 * gen;
  c->retries = gen % 4;
  g_config.store(std::move(c));
}

__attribute__((noinline)) static long handle(int req) {
  const Config *cfg = g_config.load().get();
  long cost = static_cast<long>(cfg->upstream.size());
  if (req % 3 == 0) reload("fallback.example.internal", req);   // admin request
  cost += cfg->timeout_ms * (cfg->retries + 1); // BUG
  return cost;
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  reload(argv[2], 1);
  long total = 0;
  for (int i = 1; i <= n; i++) total += handle(i);
  std::printf("%ld %d\n", total, argc);
  return 0;
}
