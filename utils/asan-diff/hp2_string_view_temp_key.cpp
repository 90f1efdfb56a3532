// EXPECT: heap-use-after-free
// FLAGS: -std=c++17
// a metrics registry builds its lookup key as a std::string and keeps a string_view of the temporary; the long key's heap buffer is freed at the end of the statement and hashed afterwards
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct Metric {
  std::string name;
  double value = 0;
  unsigned updates = 0;
};

class Registry {
 public:
  static std::string make_key(std::string_view service, std::string_view metric, int shard) {
    std::string k;
    k.reserve(service.size() + metric.size() + 8);
    k.append(service);
    k.push_back('.');
    k.append(metric);
    k.append(".shard");
    k.append(std::to_string(shard));
    return k;
  }

  static size_t hash_key(std::string_view k) {
    size_t h = 1469598103934665603ull;
    for (char c : k) { // BUG
      h ^= (unsigned char)c;
      h *= 1099511628211ull;
    }
    return h;
  }

  Metric &get(std::string_view service, std::string_view metric, int shard) {
    std::string_view key = make_key(service, metric, shard);
    size_t h = hash_key(key);
    auto it = by_hash_.find(h);
    if (it != by_hash_.end()) return metrics_[it->second];
    by_hash_[h] = metrics_.size();
    metrics_.push_back(Metric{std::string(service) + "/" + std::string(metric), 0, 0});
    return metrics_.back();
  }

  size_t size() const { return metrics_.size(); }
  const std::vector<Metric> &all() const { return metrics_; }

 private:
  std::unordered_map<size_t, size_t> by_hash_;
  std::vector<Metric> metrics_;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOP";
  Registry reg;
  std::string service = "checkout-" + alpha.substr(0, 8);
  const char *metrics[] = {"latency_ms", "requests_total", "errors_total"};
  for (int i = 0; i < n * 3; i++) {
    Metric &m = reg.get(service, metrics[i % 3], i % 2);
    m.value += (alpha[(size_t)i % alpha.size()] - 'A') * 0.5;
    m.updates++;
  }
  double total = 0;
  for (const Metric &m : reg.all()) total += m.value;
  std::printf("%zu metrics, total %.1f\n", reg.size(), total);
  return 0;
}
