// EXPECT: heap-use-after-free
// evict_one keeps a reference to the victim's key, not a copy, and uses it after pop_back freed the node
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <list>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

struct Entry {
  std::string key;
  std::vector<int> payload;
  unsigned hits = 0;
};

struct Stats {
  unsigned gets = 0, misses = 0, puts = 0, evictions = 0;
  size_t evicted_bytes = 0;
  std::vector<std::string> last_evicted;
};

class LruCache {
public:
  explicit LruCache(size_t capacity_bytes) : capacity_(capacity_bytes) {}

  const std::vector<int> *get(const std::string &key) {
    stats_.gets++;
    auto it = index_.find(key);
    if (it == index_.end()) {
      stats_.misses++;
      return nullptr;
    }
    order_.splice(order_.begin(), order_, it->second); // iterators stay valid
    it->second->hits++;
    return &it->second->payload;
  }

  void put(const std::string &key, std::vector<int> payload) {
    stats_.puts++;
    auto it = index_.find(key);
    if (it != index_.end()) {
      used_ -= bytes(*it->second);
      it->second->payload = std::move(payload);
      used_ += bytes(*it->second);
      order_.splice(order_.begin(), order_, it->second);
    } else {
      order_.push_front(Entry{key, std::move(payload), 0});
      index_.emplace(key, order_.begin());
      used_ += bytes(order_.front());
    }
    while (used_ > capacity_ && order_.size() > 1) evict_one();
  }

  bool erase(const std::string &key) {
    auto it = index_.find(key);
    if (it == index_.end()) return false;
    used_ -= bytes(*it->second);
    order_.erase(it->second);
    index_.erase(it);
    return true;
  }

  // Looks without touching the recency order or the stats.
  const Entry *peek(const std::string &key) const {
    auto it = index_.find(key);
    return it == index_.end() ? nullptr : &*it->second;
  }

  size_t used() const { return used_; }
  size_t size() const { return order_.size(); }
  const Stats &stats() const { return stats_; }

  std::string keys() const {
    std::string s;
    for (const Entry &e : order_) {
      if (!s.empty()) s += ' ';
      s += e.key;
    }
    return s;
  }

private:
  static size_t bytes(const Entry &e) { return e.key.size() + e.payload.size() * sizeof(int); }

  void evict_one() {
    Entry &victim = order_.back();
    size_t b = bytes(victim);
    const std::string &key = victim.key;
    order_.pop_back();
    index_.erase(key); // BUG
    used_ -= b;
    stats_.evictions++;
    stats_.evicted_bytes += b;
    stats_.last_evicted.push_back(key);
    if (stats_.last_evicted.size() > 4) stats_.last_evicted.erase(stats_.last_evicted.begin());
  }

  size_t capacity_;
  size_t used_ = 0;
  std::list<Entry> order_;
  std::unordered_map<std::string, std::list<Entry>::iterator> index_;
  Stats stats_;
};

// The "expensive" computation the cache fronts: a few primes after n.
static std::vector<int> compute(int n, size_t count) {
  std::vector<int> v;
  for (int c = n + 1; v.size() < count; c++) {
    bool prime = c > 1;
    for (int d = 2; d * d <= c && prime; d++) prime = c % d != 0;
    if (prime) v.push_back(c);
  }
  return v;
}

static std::string make_key(const char *letters, int i) {
  std::string k = "k";
  k += letters[i % 26];
  k += std::to_string(i % 13);
  if (i % 4 == 0) k += "-with-a-longer-suffix-past-sso"; // heap-allocated key strings too
  return k;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  const char *letters = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  if (std::strlen(letters) < 26) letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  LruCache cache(400);
  long checksum = 0;
  unsigned seed = static_cast<unsigned>(n);
  for (int step = 0; step < 40 * n; step++) {
    seed = seed * 1664525u + 1013904223u;
    int i = static_cast<int>((seed >> 8) % 52);
    std::string key = make_key(letters, i);
    const std::vector<int> *hit = cache.get(key);
    if (hit) {
      checksum += hit->back();
    } else {
      std::vector<int> v = compute(i * 37, 2 + static_cast<size_t>(i % 9));
      checksum += v.front();
      cache.put(key, std::move(v));
    }
    if (step % 97 == 0) cache.erase(make_key(letters, (i + 1) % 52));
  }
  const Stats &st = cache.stats();
  std::printf("gets %u misses %u puts %u evictions %u (%zu bytes)\n", st.gets, st.misses, st.puts,
              st.evictions, st.evicted_bytes);
  std::printf("size %zu used %zu checksum %ld\n", cache.size(), cache.used(), checksum);
  std::printf("recent: %s\n", cache.keys().substr(0, 60).c_str());
  if (const Entry *e = cache.peek(make_key(letters, 4)))
    std::printf("peek %s: %zu values, %u hits, hit ratio %.2f\n", e->key.c_str(), e->payload.size(), e->hits,
                1.0 - static_cast<double>(st.misses) / st.gets);
  for (const std::string &k : st.last_evicted) std::printf("evicted %s\n", k.c_str());
  return 0;
}
