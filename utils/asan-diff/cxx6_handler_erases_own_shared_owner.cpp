// EXPECT: heap-use-after-free
// FLAGS: -std=c++17
// Connections live in a std::map<int, std::shared_ptr<Connection>>. On a
// "close" frame a connection's own handler erases its map entry - the
// only owner - and then goes on to update its statistics through `this`,
// which has just been destroyed.
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>

struct Server;

struct Connection {
  Server *server;
  int id;
  long bytes = 0;
  int frames = 0;
  std::string peer;
  void on_frame(const char *frame, int len);
};

struct Server {
  std::map<int, std::shared_ptr<Connection>> conns;
  long closed = 0;
  void close(int id) { conns.erase(id); closed++; }
};

__attribute__((noinline)) void Connection::on_frame(const char *frame, int len) {
  if (frame[0] == 'C') server->close(id);   // drops the last owner of *this
  bytes += len; // BUG
  frames++;
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  Server srv;
  for (int i = 0; i < n; i++) {
    auto c = std::make_shared<Connection>();
    c->server = &srv;
    c->id = i;
    c->peer = std::string("10.0.0.") + std::to_string(i) + ":" + std::string(argv[2] + i, 5);
    srv.conns.emplace(i, c);
  }
  for (int i = 0; i < n; i++) {
    auto it = srv.conns.find(i);
    if (it == srv.conns.end()) continue;
    it->second->on_frame(argv[2] + i, 3 + i);   // frame 2 is "CDE...": close
  }
  std::printf("%zu %ld %d\n", srv.conns.size(), srv.closed, argc);
  return 0;
}
