// EXPECT: heap-use-after-free
// A session table in a std::map keyed by id. The expiry sweep erases expired sessions while
// iterating, but erases through the loop's iterator and then still reads the session through
// it (and increments it): the iterator points into the freed tree node.
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>

struct Session {
  std::string user;
  long last_seen;
  int requests;
};

class SessionTable {
public:
  int open(const std::string &user, long now) {
    int id = next_id_++;
    sessions_[id] = Session{ user, now, 0 };
    return id;
  }

  bool touch(int id, long now) {
    auto it = sessions_.find(id);
    if (it == sessions_.end()) return false;
    it->second.last_seen = now;
    it->second.requests++;
    return true;
  }

  int expire(long now, long ttl) {
    int n = 0;
    for (auto it = sessions_.begin(); it != sessions_.end(); ++it) {
      if (now - it->second.last_seen > ttl) {
        sessions_.erase(it);
        expired_requests_ += it->second.requests; // BUG
        n++;
      }
    }
    return n;
  }

  size_t size() const { return sessions_.size(); }
  long expired_requests() const { return expired_requests_; }

private:
  std::map<int, Session> sessions_;
  int next_id_ = 1;
  long expired_requests_ = 0;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string users = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  SessionTable t;
  long now = 1000;
  int ids[64];
  int count = 0;
  for (int i = 0; i < n * 2 && count < 64; i++) ids[count++] = t.open(users.substr(i % 20, 3), now + i);
  for (int step = 0; step < n; step++) {
    now += 7;
    for (int k = 0; k < count; k += 2 + step % 3) t.touch(ids[k], now);
  }
  int expired = t.expire(now, 20);
  std::printf("%d expired (%ld requests), %zu live\n", expired, t.expired_requests(), t.size());
  return 0;
}
