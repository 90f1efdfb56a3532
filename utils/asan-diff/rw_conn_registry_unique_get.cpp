// EXPECT: double-free
// A connection registry: connections are created as std::unique_ptr and handed to the
// registry, which owns them in a map. The hand-over builds the registry's unique_ptr from
// conn.get() instead of conn.release(), so two unique_ptrs own the connection and the second
// one to be destroyed deletes it again.
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>

class Connection {
public:
  Connection(int id, const std::string &peer) : id_(id) {
    std::snprintf(peer_, sizeof peer_, "%s", peer.c_str());
  }
  int id() const { return id_; }
  const char *peer() const { return peer_; }
  void send(size_t n) { sent_ += n; }
  size_t sent() const { return sent_; }

private:
  int id_;
  char peer_[32];
  size_t sent_ = 0;
};

class Registry {
public:
  Connection *adopt(std::unique_ptr<Connection> c) {
    Connection *raw = c.get();
    conns_[raw->id()] = std::move(c);
    return raw;
  }
  Connection *find(int id) {
    auto it = conns_.find(id);
    return it == conns_.end() ? nullptr : it->second.get();
  }
  void close(int id) { conns_.erase(id); }
  void close_all() { conns_.clear(); } // BUG
  size_t size() const { return conns_.size(); }

private:
  std::map<int, std::unique_ptr<Connection>> conns_;
};

static Connection *open_connection(Registry &reg, int id, const std::string &host, bool handshake_ok) {
  auto conn = std::make_unique<Connection>(id, host + ":" + std::to_string(4000 + id));
  conn->send(64); // hello
  if (!handshake_ok) return nullptr; // conn closes itself here
  Connection *raw = reg.adopt(std::unique_ptr<Connection>(conn.get()));
  raw->send(16);
  return raw;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string host = argc > 2 ? argv[2] : "localhost";
  Registry reg;
  int opened = 0, failed = 0;
  for (int i = 0; i < n; i++) {
    bool ok = i % 4 != 3;
    if (open_connection(reg, i, host.substr(0, 6), ok)) opened++;
    else failed++;
  }
  std::printf("%d open, %d failed, %zu registered\n", opened, failed, reg.size());
  reg.close_all();
  return 0;
}
