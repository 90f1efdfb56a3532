// EXPECT: none
// An LRU cache of rendered thumbnails: a std::list in recency order plus an unordered_map from
// key to list iterator. Eviction copies the victim's key before popping it, get() moves the
// hit to the front with splice (iterators stay valid), and callers copy values out before the
// next put() can evict the entry they looked at.
#include <cstdio>
#include <cstdlib>
#include <list>
#include <string>
#include <unordered_map>
#include <vector>

struct Thumb {
  std::string key;
  std::vector<unsigned char> pixels;
};

class ThumbCache {
public:
  explicit ThumbCache(size_t max_bytes) : max_(max_bytes) {}

  const Thumb *get(const std::string &key) {
    auto it = index_.find(key);
    if (it == index_.end()) { misses_++; return nullptr; }
    order_.splice(order_.begin(), order_, it->second);
    hits_++;
    return &*it->second;
  }

  void put(const std::string &key, std::vector<unsigned char> px) {
    auto it = index_.find(key);
    if (it != index_.end()) {
      bytes_ -= it->second->pixels.size();
      it->second->pixels = std::move(px);
      bytes_ += it->second->pixels.size();
      order_.splice(order_.begin(), order_, it->second);
    } else {
      bytes_ += px.size();
      order_.push_front(Thumb{ key, std::move(px) });
      index_[key] = order_.begin();
    }
    while (bytes_ > max_ && order_.size() > 1) {
      std::string victim = order_.back().key; // a copy: the node is about to go
      bytes_ -= order_.back().pixels.size();
      order_.pop_back();
      index_.erase(victim);
      evicted_.push_back(victim);
    }
  }

  size_t bytes() const { return bytes_; }
  size_t size() const { return order_.size(); }
  int hits() const { return hits_; }
  int misses() const { return misses_; }
  const std::vector<std::string> &evicted() const { return evicted_; }

private:
  size_t max_, bytes_ = 0;
  std::list<Thumb> order_;
  std::unordered_map<std::string, std::list<Thumb>::iterator> index_;
  std::vector<std::string> evicted_;
  int hits_ = 0, misses_ = 0;
};

static std::vector<unsigned char> render(const std::string &key, size_t side) {
  std::vector<unsigned char> px(side * side);
  for (size_t i = 0; i < px.size(); i++) px[i] = static_cast<unsigned char>(key[i % key.size()] + i);
  return px;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  ThumbCache cache(4096);
  unsigned long sum = 0;
  for (int i = 0; i < n * 30; i++) {
    std::string key = "img/" + alpha.substr((i * 7) % 20, 1 + i % 6) + "-long-enough-to-skip-sso.png";
    const Thumb *t = cache.get(key);
    if (!t) {
      cache.put(key, render(key, 8 + (i % 5) * 8));
      t = cache.get(key);
    }
    unsigned char first = t->pixels.front(), last = t->pixels.back(); // copied before the next put
    sum += first + last;
  }
  std::printf("%zu thumbs, %zu bytes, %d hits, %d misses, %zu evictions, sum %lu\n", cache.size(), cache.bytes(),
              cache.hits(), cache.misses(), cache.evicted().size(), sum);
  return 0;
}
