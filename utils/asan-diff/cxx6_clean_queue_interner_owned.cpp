// EXPECT: none
// FLAGS: -std=c++17
// Clean: a priority_queue is drained by copying top() before pop(), down to
// the last element; an interner keeps its strings in a std::deque (growth
// at the back never moves elements) so the string_views in its
// unordered_set stay valid; std::remove_if + erase on a vector of
// unique_ptr owns the cleanup.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <memory>
#include <queue>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

struct Job {
  int priority;
  std::string command;
  bool operator<(const Job &o) const { return priority < o.priority; }
};

struct Interner {
  std::deque<std::string> storage;
  std::unordered_set<std::string_view> index;
  std::string_view intern(std::string_view s) {
    auto it = index.find(s);
    if (it != index.end()) return *it;
    storage.emplace_back(s);
    return *index.insert(storage.back()).first;
  }
};

struct Conn { int fd; bool closed; };

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::priority_queue<Job> q;
  for (int i = 0; i < n; i++)
    q.push(Job{(i * 7) % n, "/usr/bin/worker --task=" + std::string(argv[2] + i, 6)});
  long acc = 0;
  while (!q.empty()) {
    Job j = q.top();
    q.pop();
    for (char c : j.command) acc = acc * 31 + c;
  }
  Interner in;
  size_t total = 0;
  for (int round = 0; round < 3; round++)
    for (int i = 0; i < 20; i++) total += in.intern(std::string_view(argv[2] + i, 3 + round % 2)).size();
  std::vector<std::unique_ptr<Conn>> conns;
  for (int i = 0; i < n; i++) conns.push_back(std::make_unique<Conn>(Conn{i + 3, argv[2][i] % 4 == 1}));
  conns.erase(std::remove_if(conns.begin(), conns.end(), [](const auto &c) { return c->closed; }),
              conns.end());
  long fds = 0;
  for (const auto &c : conns) fds += c->fd;
  std::printf("%ld %zu %zu %ld %d\n", acc, in.storage.size(), total, fds, argc);
  return 0;
}
