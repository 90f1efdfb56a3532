// EXPECT: leak
// an LRU cache of raw pointers erases the evicted entry from its index and list but never deletes the value, leaking each evicted session and the heap string it owns
#include <cstdio>
#include <cstdlib>
#include <list>
#include <string>
#include <unordered_map>

struct Session {
  int user;
  std::string token; /* longer than the small-string buffer */
  unsigned hits;
};

class SessionCache {
 public:
  explicit SessionCache(size_t cap) : cap_(cap) {}
  ~SessionCache() {
    for (auto &e : lru_) delete e.second;
  }
  Session *get(int user) {
    auto it = index_.find(user);
    if (it == index_.end()) return nullptr;
    lru_.splice(lru_.begin(), lru_, it->second);
    return it->second->second;
  }
  void put(int user, Session *s) {
    if (lru_.size() == cap_) {
      index_.erase(lru_.back().first);
      lru_.pop_back(); // BUG
      evictions_++;
    }
    lru_.emplace_front(user, s);
    index_[user] = lru_.begin();
  }
  unsigned evictions() const { return evictions_; }

 private:
  size_t cap_;
  std::list<std::pair<int, Session *>> lru_;
  std::unordered_map<int, std::list<std::pair<int, Session *>>::iterator> index_;
  unsigned evictions_ = 0;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  SessionCache cache(4);
  unsigned hits = 0;
  for (int i = 0; i < n * 2; i++) {
    int user = (i * 7) % 9;
    if (Session *s = cache.get(user)) {
      s->hits++;
      hits++;
      continue;
    }
    Session *s = new Session{user, "tok-" + alpha.substr((size_t)user, 8) + "-" + alpha.substr(10, 20), 0};
    cache.put(user, s);
  }
  std::printf("%u hits, %u evictions\n", hits, cache.evictions());
  return 0;
}
