// EXPECT: heap-use-after-free
// a session table owns connections through unique_ptr; the handler keeps the raw pointer of the current connection, the idle reaper erases it from the table, and the handler then writes its counters
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <vector>

struct Connection {
  int id;
  std::string user;
  unsigned requests = 0;
  unsigned last_seen = 0;
  std::vector<int> pending;
  Connection(int i, std::string u) : id(i), user(std::move(u)) {}
};

class SessionTable {
 public:
  Connection *open(int id, const std::string &user, unsigned now) {
    auto c = std::make_unique<Connection>(id, user);
    c->last_seen = now;
    Connection *raw = c.get();
    table_[id] = std::move(c);
    return raw;
  }
  Connection *find(int id) {
    auto it = table_.find(id);
    return it == table_.end() ? nullptr : it->second.get();
  }
  // Drops connections idle for longer than max_idle.
  int reap(unsigned now, unsigned max_idle) {
    int n = 0;
    for (auto it = table_.begin(); it != table_.end();) {
      if (now - it->second->last_seen > max_idle && it->second->pending.empty()) {
        it = table_.erase(it);
        n++;
      } else {
        ++it;
      }
    }
    return n;
  }
  size_t size() const { return table_.size(); }
  unsigned total_requests() const {
    unsigned t = 0;
    for (auto &kv : table_) t += kv.second->requests;
    return t;
  }

 private:
  std::map<int, std::unique_ptr<Connection>> table_;
};

struct Server {
  SessionTable sessions;
  unsigned now = 0;
  int reaped = 0;

  void tick() {
    now++;
    if (now % 4 == 0) reaped += sessions.reap(now, 3);
  }

  // Serves a request that takes `cost` ticks.
  void handle(int id, int cost) {
    Connection *c = sessions.find(id);
    if (!c) return;
    c->pending.push_back(cost);
    for (int i = 0; i < cost; i++) tick();
    c->pending.pop_back();
    if (cost > 2) {
      /* long requests yield before finishing the bookkeeping */
      tick();
    }
    c->requests++; // BUG
    c->last_seen = now;
  }
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  Server srv;
  for (int i = 0; i < 4; i++) srv.sessions.open(i, alpha.substr((size_t)i * 2, 3), srv.now);
  for (int r = 0; r < n; r++) {
    int id = r % 4;
    if (!srv.sessions.find(id)) srv.sessions.open(id, alpha.substr((size_t)id, 5), srv.now);
    srv.handle(id, 1 + (alpha[(size_t)r % alpha.size()] - 'A') % 4);
  }
  std::printf("sessions %zu requests %u reaped %d now %u\n", srv.sessions.size(), srv.sessions.total_requests(),
              srv.reaped, srv.now);
  return 0;
}
