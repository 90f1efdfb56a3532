// EXPECT: heap-use-after-free
// the session sweeper erases expired entries from an unordered_map inside a range-for, then the loop increments the erased node's iterator
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <vector>

struct Session {
  std::string user;
  long last_seen;
  int requests;
  std::vector<std::string> recent;
};

class SessionTable {
public:
  void touch(const std::string &token, const std::string &user, long now, const std::string &path) {
    Session &s = sessions_[token];
    if (s.user.empty()) s.user = user;
    s.last_seen = now;
    s.requests++;
    s.recent.push_back(path);
    if (s.recent.size() > 4) s.recent.erase(s.recent.begin());
  }
  int sweep(long now, long ttl) {
    int removed = 0;
    for (auto &kv : sessions_) { // BUG
      if (now - kv.second.last_seen > ttl) {
        archived_requests_ += kv.second.requests;
        sessions_.erase(kv.first);   // invalidates the loop's iterator
        removed++;
      }
    }
    return removed;
  }
  size_t size() const { return sessions_.size(); }
  long archived() const { return archived_requests_; }
  long live_requests() const {
    long r = 0;
    for (const auto &kv : sessions_) r += kv.second.requests;
    return r;
  }

private:
  std::unordered_map<std::string, Session> sessions_;
  long archived_requests_ = 0;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string users = argc > 2 ? argv[2] : "ABCDEF";
  SessionTable table;
  long now = 0;
  for (int i = 0; i < n * 20; i++) {
    now += 1 + i % 3;
    int who = (i * 7) % (n * 2);
    std::string token = "tok-" + std::to_string(who * 7919) + "-session-token-padding";
    std::string user(1, users[static_cast<size_t>(who) % users.size()]);
    table.touch(token, user, who % 3 == 0 ? now / 4 : now, "/page/" + std::to_string(i % 13));
  }
  std::printf("sessions=%zu live_requests=%ld\n", table.size(), table.live_requests());
  int removed = table.sweep(now, 40);
  std::printf("removed=%d left=%zu archived=%ld\n", removed, table.size(), table.archived());
  return 0;
}
