// EXPECT: none
// an LRU cache and an open-addressing FlatMap used the careful way: keys copied out before a node is erased, values re-looked-up by key after inserts that may rehash, indices rather than references held across vector growth
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <list>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

template <typename V>
class FlatMap {
  struct Slot {
    bool used = false;
    uint64_t hash = 0;
    std::string key;
    V value{};
  };

public:
  V &operator[](const std::string &key) {
    if ((size_ + 1) * 4 > cap_ * 3) rehash(cap_ * 2);
    uint64_t h = hash(key);
    size_t i = h & (cap_ - 1);
    for (; slots_[i].used; i = (i + 1) & (cap_ - 1))
      if (slots_[i].hash == h && slots_[i].key == key) return slots_[i].value;
    slots_[i].used = true;
    slots_[i].hash = h;
    slots_[i].key = key;
    size_++;
    return slots_[i].value;
  }
  size_t size() const { return size_; }
  size_t capacity() const { return cap_; }

private:
  static uint64_t hash(const std::string &s) {
    uint64_t h = 14695981039346656037ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return h;
  }
  void rehash(size_t ncap) {
    std::unique_ptr<Slot[]> old = std::move(slots_);
    size_t ocap = cap_;
    slots_.reset(new Slot[ncap]);
    cap_ = ncap;
    for (size_t i = 0; i < ocap; i++) {
      if (!old[i].used) continue;
      size_t j = old[i].hash & (cap_ - 1);
      while (slots_[j].used) j = (j + 1) & (cap_ - 1);
      slots_[j] = std::move(old[i]);
    }
  }
  size_t cap_ = 4, size_ = 0;
  std::unique_ptr<Slot[]> slots_{new Slot[4]};
};

class Lru {
public:
  explicit Lru(size_t cap) : cap_(cap) {}
  const std::string *get(const std::string &k) {
    auto it = idx_.find(k);
    if (it == idx_.end()) return nullptr;
    order_.splice(order_.begin(), order_, it->second);
    return &it->second->second;
  }
  void put(const std::string &k, std::string v) {
    auto it = idx_.find(k);
    if (it != idx_.end()) {
      it->second->second = std::move(v);
      order_.splice(order_.begin(), order_, it->second);
      return;
    }
    order_.emplace_front(k, std::move(v));
    idx_[k] = order_.begin();
    while (idx_.size() > cap_) {
      std::string victim = order_.back().first; // copied before the node goes
      idx_.erase(victim);
      order_.pop_back();
      last_evicted_ = victim;
      evictions_++;
    }
  }
  size_t evictions() const { return evictions_; }
  const std::string &last_evicted() const { return last_evicted_; }

private:
  size_t cap_;
  std::list<std::pair<std::string, std::string>> order_;
  std::unordered_map<std::string, std::list<std::pair<std::string, std::string>>::iterator> idx_;
  size_t evictions_ = 0;
  std::string last_evicted_;
};

struct Node {
  std::string name;
  std::vector<int> children;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 5;
  std::string alpha = argc > 2 ? argv[2] : "ABCDEFGHIJ";
  FlatMap<int> counts;
  std::string prev;
  int follows = 0;
  for (int i = 0; i < n * 4; i++) {
    std::string w = alpha.substr((size_t)(i * 5) % alpha.size(), 2 + (size_t)i % 3);
    counts[w]++;
    if (!prev.empty()) follows += counts[prev] > 0; // re-looked-up after a possible rehash
    prev = w;
  }
  Lru cache((size_t)n / 2);
  size_t hits = 0;
  for (int r = 0; r < 3; r++)
    for (size_t i = 0; i < alpha.size(); i += 3) {
      std::string key = "/k/" + alpha.substr(i, 4) + std::string(20, 'x');
      if (cache.get(key)) hits++;
      else cache.put(key, std::string(30 + i, alpha[i]));
    }
  std::vector<Node> nodes{{"root", {}}};
  for (int i = 0; i < n * 3; i++) {
    int parent = i / 2;
    nodes.push_back(Node{alpha.substr((size_t)i % alpha.size(), 3), {}});
    nodes[(size_t)parent].children.push_back((int)nodes.size() - 1); // index after growth
  }
  size_t edges = 0;
  for (const Node &nd : nodes) edges += nd.children.size();
  std::printf("%zu distinct (cap %zu), %d follows, %zu hits, %zu evictions (last %.7s), %zu nodes, %zu edges\n",
              counts.size(), counts.capacity(), follows, hits, cache.evictions(),
              cache.last_evicted().c_str(), nodes.size(), edges);
  return 0;
}
