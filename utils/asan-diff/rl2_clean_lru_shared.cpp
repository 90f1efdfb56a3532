// EXPECT: none
// an LRU cache of shared_ptr<const Blob> keyed by strings across the SSO boundary: std::list splicing, unordered_map rehashes, handles outliving their eviction
#include <cstdio>
#include <cstdlib>
#include <list>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

struct Blob {
  std::string key;
  std::vector<unsigned char> bytes;
  unsigned checksum() const {
    unsigned h = 0;
    for (unsigned char b : bytes) h = h * 31 + b;
    return h;
  }
};

class Lru {
public:
  explicit Lru(size_t cap) : cap_(cap) {}
  std::shared_ptr<const Blob> get(const std::string &k) {
    auto it = map_.find(k);
    if (it == map_.end()) { misses_++; return nullptr; }
    order_.splice(order_.begin(), order_, it->second);
    hits_++;
    return it->second->second;
  }
  void put(std::string k, std::shared_ptr<const Blob> v) {
    auto it = map_.find(k);
    if (it != map_.end()) {
      it->second->second = std::move(v);
      order_.splice(order_.begin(), order_, it->second);
      return;
    }
    order_.emplace_front(k, std::move(v));
    map_.emplace(std::move(k), order_.begin());
    while (map_.size() > cap_) {
      const std::string &victim = order_.back().first;
      map_.erase(victim);
      order_.pop_back();
      evictions_++;
    }
  }
  size_t hits() const { return hits_; }
  size_t misses() const { return misses_; }
  size_t evictions() const { return evictions_; }
  size_t size() const { return map_.size(); }

private:
  using Item = std::pair<std::string, std::shared_ptr<const Blob>>;
  size_t cap_;
  std::list<Item> order_;
  std::unordered_map<std::string, std::list<Item>::iterator> map_;
  size_t hits_ = 0, misses_ = 0, evictions_ = 0;
};

static std::shared_ptr<const Blob> load(const std::string &key, const std::string &src) {
  auto b = std::make_shared<Blob>();
  b->key = key;
  for (size_t i = 0; i < key.size() * 3; i++) b->bytes.push_back(static_cast<unsigned char>(src[(i * 7) % src.size()] ^ i));
  return b;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string src = argc > 2 ? argv[2] : "ABCDEFGH";
  Lru cache(static_cast<size_t>(n));
  std::vector<std::shared_ptr<const Blob>> held;   // handles kept past eviction
  unsigned total = 0;
  for (int i = 0; i < n * 50; i++) {
    int id = i % 3 == 0 ? i % 5 : (i * 7919) % (n * 3);   // a hot set and a cold sweep
    std::string key = "object/" + std::to_string(id);
    if (id % 4 == 0) key += "/with-a-suffix-long-enough-for-the-heap";
    auto v = cache.get(key);
    if (!v) {
      v = load(key, src);
      cache.put(key, v);
    }
    total += v->checksum();
    if (i % 37 == 0) held.push_back(v);
  }
  size_t bytes = 0;
  for (const auto &h : held) bytes += h->bytes.size() + h->key.size();
  std::printf("hits=%zu misses=%zu evictions=%zu size=%zu held=%zu bytes=%zu total=%08x\n",
              cache.hits(), cache.misses(), cache.evictions(), cache.size(), held.size(), bytes,
              total);
  return 0;
}
