// EXPECT: heap-use-after-free
// a resolver's LRU cache hands out a pointer into its list node; resolving more hosts evicts the entry and the saved pointer is read afterwards
#include <cstdio>
#include <cstdlib>
#include <list>
#include <string>
#include <unordered_map>
#include <utility>

struct Record {
  std::string addr;
  int ttl;
  unsigned hits;
};

template <typename K, typename V>
class LruCache {
 public:
  explicit LruCache(size_t capacity) : capacity_(capacity) {}

  // Returns the cached value or nullptr. The pointer is valid until the
  // entry is evicted.
  V *get(const K &key) {
    auto it = index_.find(key);
    if (it == index_.end()) {
      misses_++;
      return nullptr;
    }
    order_.splice(order_.begin(), order_, it->second);
    hits_++;
    return &it->second->second;
  }

  void put(const K &key, V value) {
    auto it = index_.find(key);
    if (it != index_.end()) {
      it->second->second = std::move(value);
      order_.splice(order_.begin(), order_, it->second);
      return;
    }
    if (order_.size() == capacity_) {
      index_.erase(order_.back().first);
      order_.pop_back();
      evictions_++;
    }
    order_.emplace_front(key, std::move(value));
    index_[key] = order_.begin();
  }

  size_t size() const { return order_.size(); }
  unsigned hits() const { return hits_; }
  unsigned misses() const { return misses_; }
  unsigned evictions() const { return evictions_; }

 private:
  size_t capacity_;
  std::list<std::pair<K, V>> order_;
  std::unordered_map<K, typename std::list<std::pair<K, V>>::iterator> index_;
  unsigned hits_ = 0, misses_ = 0, evictions_ = 0;
};

class Resolver {
 public:
  explicit Resolver(size_t cap) : cache_(cap) {}

  const Record *lookup(const std::string &host) {
    if (Record *r = cache_.get(host)) {
      r->hits++;
      return r;
    }
    Record fresh{synthesize(host), 30 + (int)(host.size() * 7 % 90), 0};
    cache_.put(host, fresh);
    return cache_.get(host);
  }

  LruCache<std::string, Record> &cache() { return cache_; }

 private:
  static std::string synthesize(const std::string &host) {
    unsigned h = 5381;
    for (char c : host) h = h * 33 + (unsigned char)c;
    char buf[32];
    std::snprintf(buf, sizeof buf, "10.%u.%u.%u", (h >> 16) & 255, (h >> 8) & 255, h & 255);
    return buf;
  }
  LruCache<std::string, Record> cache_;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  Resolver r(4);
  std::string primary_host = "api." + alpha.substr(0, 6) + ".example.net";
  const Record *primary = r.lookup(primary_host);
  std::printf("primary %s -> %s ttl %d\n", primary_host.c_str(), primary->addr.c_str(), primary->ttl);
  long ttl_sum = 0;
  for (int i = 0; i < n; i++) {
    std::string host = "svc" + std::to_string(i % 6) + "." + alpha.substr(i % 5, 4) + ".internal";
    const Record *rec = r.lookup(host);
    ttl_sum += rec->ttl;
  }
  int deadline = primary->ttl + 5; // BUG
  std::printf("ttl sum %ld, primary deadline %d, hits %u misses %u evictions %u size %zu\n", ttl_sum,
              deadline, r.cache().hits(), r.cache().misses(), r.cache().evictions(), r.cache().size());
  return 0;
}
