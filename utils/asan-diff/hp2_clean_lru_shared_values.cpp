// EXPECT: none
// an LRU cache of shared_ptr values: lookups hand out shared ownership, so entries evicted while a caller still uses them stay alive until the caller lets go
#include <cstdio>
#include <cstdlib>
#include <list>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

struct Page {
  std::string url;
  std::vector<unsigned char> body;
  unsigned fetches = 0;
};

class PageCache {
 public:
  explicit PageCache(size_t cap) : cap_(cap) {}

  std::shared_ptr<Page> get(const std::string &url) {
    auto it = map_.find(url);
    if (it == map_.end()) return nullptr;
    lru_.splice(lru_.begin(), lru_, it->second);
    return it->second->second;
  }

  void put(const std::string &url, std::shared_ptr<Page> p) {
    auto it = map_.find(url);
    if (it != map_.end()) {
      it->second->second = std::move(p);
      lru_.splice(lru_.begin(), lru_, it->second);
      return;
    }
    if (lru_.size() == cap_) {
      map_.erase(lru_.back().first);
      lru_.pop_back();
      evicted_++;
    }
    lru_.emplace_front(url, std::move(p));
    map_[url] = lru_.begin();
  }

  size_t size() const { return lru_.size(); }
  unsigned evicted() const { return evicted_; }

 private:
  size_t cap_;
  std::list<std::pair<std::string, std::shared_ptr<Page>>> lru_;
  std::unordered_map<std::string, std::list<std::pair<std::string, std::shared_ptr<Page>>>::iterator> map_;
  unsigned evicted_ = 0;
};

static std::shared_ptr<Page> fetch(const std::string &url, const std::string &alpha) {
  auto p = std::make_shared<Page>();
  p->url = url;
  size_t len = 64 + url.size() * 13 % 200;
  p->body.resize(len);
  for (size_t i = 0; i < len; i++) p->body[i] = (unsigned char)alpha[(i + url.size()) % alpha.size()];
  return p;
}

static std::shared_ptr<Page> load(PageCache &c, const std::string &url, const std::string &alpha, int &misses) {
  if (auto p = c.get(url)) {
    p->fetches++;
    return p;
  }
  misses++;
  auto p = fetch(url, alpha);
  c.put(url, p);
  return p;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  PageCache cache(3);
  int misses = 0;
  auto home = load(cache, "https://example.org/", alpha, misses);
  unsigned long bytes = 0;
  for (int i = 0; i < n * 3; i++) {
    std::string url = "https://example.org/p/" + alpha.substr((size_t)i % 7, 2) + std::to_string(i % 5);
    auto p = load(cache, url, alpha, misses);
    bytes += p->body.size();
  }
  /* home was evicted long ago, but we still own a reference */
  unsigned sum = 0;
  for (unsigned char c : home->body) sum += c;
  std::printf("misses %d evicted %u size %zu bytes %lu home %zu/%u\n", misses, cache.evicted(), cache.size(), bytes,
              home->body.size(), sum);
  return 0;
}
