// EXPECT: none
// Session expiry done right in several containers: a std::map swept with it = erase(it), an
// unordered_map swept the same way, a std::list of pending requests spliced between two
// lists, and a vector compacted with erase(remove_if) while totals are read before erasing.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <list>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

struct Session {
  std::string user;
  long seen;
  int requests;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string users = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  std::map<int, Session> by_id;
  std::unordered_map<std::string, long> last_seen;
  std::vector<Session> log;
  long now = 0;
  for (int i = 0; i < n * 5; i++) {
    now += 3;
    int id = (i * 7) % (n * 3);
    std::string u = users.substr(i % 20, 3) + "-user-name-long-enough";
    auto &s = by_id[id];
    s.user = u;
    s.seen = now;
    s.requests++;
    last_seen[u] = now;
    log.push_back(s);
  }
  long expired_requests = 0;
  int expired = 0;
  for (auto it = by_id.begin(); it != by_id.end();) {
    if (now - it->second.seen > 40) {
      expired_requests += it->second.requests; // read before the erase
      it = by_id.erase(it);
      expired++;
    } else {
      ++it;
    }
  }
  for (auto it = last_seen.begin(); it != last_seen.end();) it = now - it->second > 40 ? last_seen.erase(it) : std::next(it);
  std::list<std::string> pending, done;
  for (int i = 0; i < n; i++) pending.push_back("req-" + std::to_string(i) + "-with-a-heap-sized-payload-name");
  for (auto it = pending.begin(); it != pending.end();) {
    auto next = std::next(it);
    if (it->size() % 2 == 0) done.splice(done.end(), pending, it); // moves the node, keeps next valid
    it = next;
  }
  size_t before = log.size();
  log.erase(std::remove_if(log.begin(), log.end(), [&](const Session &s) { return now - s.seen > 60; }), log.end());
  std::printf("%d expired (%ld requests), %zu live, %zu users, %zu/%zu pending/done, log %zu -> %zu\n", expired,
              expired_requests, by_id.size(), last_seen.size(), pending.size(), done.size(), before, log.size());
  return 0;
}
