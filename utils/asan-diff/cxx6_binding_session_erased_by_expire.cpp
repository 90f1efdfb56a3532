// EXPECT: heap-use-after-free
// FLAGS: -std=c++17
// A server looks up the current session with a structured binding
// (`auto& [id, sess] = *it`), then runs the expiry sweep, which erases the
// very session it is holding (its timestamp is old). The binding now
// names a freed map node, and touching the session reads it.
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>

struct Session {
  std::string user;
  long last_seen;
  int requests;
};

using Table = std::map<int, Session>;

__attribute__((noinline)) static int expire(Table &t, long now, long ttl) {
  int dropped = 0;
  for (auto it = t.begin(); it != t.end();) {
    if (now - it->second.last_seen > ttl) {
      it = t.erase(it);
      dropped++;
    } else {
      ++it;
    }
  }
  return dropped;
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  Table sessions;
  for (int i = 0; i < n; i++)
    sessions[i] = Session{std::string(argv[2] + i, 5), 100L * i, 0};
  auto found = sessions.find(n / 3);
  if (found == sessions.end()) return 1;
  auto &[id, sess] = *found;
  int dropped = expire(sessions, 100L * n, 100L * (n - n / 2));
  sess.requests += 1; // BUG
  std::printf("session %d dropped %d, %d requests (%d)\n", id, dropped,
              sess.requests, argc);
  return 0;
}
