// EXPECT: heap-use-after-free
// an open-addressing FlatMap<K,V> with linear probing and rehash at 70% load; a word counter keeps the reference operator[] returned for the previous word across an insert that rehashes
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <utility>

template <typename V>
class FlatMap {
  struct Slot {
    bool used = false;
    uint64_t hash = 0;
    std::string key;
    V value{};
  };

public:
  explicit FlatMap(size_t cap = 8) : slots_(new Slot[cap]), cap_(cap) {}

  V &operator[](const std::string &key) {
    if ((size_ + 1) * 10 > cap_ * 7) rehash(cap_ * 2);
    uint64_t h = hash(key);
    size_t i = h & (cap_ - 1);
    while (slots_[i].used) {
      if (slots_[i].hash == h && slots_[i].key == key) return slots_[i].value;
      i = (i + 1) & (cap_ - 1);
    }
    slots_[i].used = true;
    slots_[i].hash = h;
    slots_[i].key = key;
    size_++;
    return slots_[i].value;
  }

  const V *find(const std::string &key) const {
    uint64_t h = hash(key);
    for (size_t i = h & (cap_ - 1); slots_[i].used; i = (i + 1) & (cap_ - 1))
      if (slots_[i].hash == h && slots_[i].key == key) return &slots_[i].value;
    return nullptr;
  }

  template <typename F> void each(F f) const {
    for (size_t i = 0; i < cap_; i++)
      if (slots_[i].used) f(slots_[i].key, slots_[i].value);
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
    std::unique_ptr<Slot[]> old(std::move(slots_));
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
  std::unique_ptr<Slot[]> slots_;
  size_t cap_, size_ = 0;
};

struct Stats {
  int count = 0;
  int followers = 0;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 6;
  std::string alpha = argc > 2 ? argv[2] : "ABCDEFGHIJ";
  FlatMap<Stats> map;
  Stats *prev = nullptr;
  for (int i = 0; i < n * 3; i++) {
    std::string w = alpha.substr((size_t)(i * 5) % alpha.size(), 2 + (size_t)i % 3);
    Stats &s = map[w];
    s.count++;
    if (prev) prev->followers++; // BUG
    prev = &s;
  }
  int total = 0, follow = 0;
  map.each([&](const std::string &, const Stats &s) {
    total += s.count;
    follow += s.followers;
  });
  const Stats *first = map.find(alpha.substr(0, 2));
  std::printf("%zu distinct in %zu slots, %d words, %d followed, first=%d\n", map.size(),
              map.capacity(), total, follow, first ? first->count : -1);
  return 0;
}
