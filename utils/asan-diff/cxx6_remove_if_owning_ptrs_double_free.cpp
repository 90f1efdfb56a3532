// EXPECT: double-free
// FLAGS: -std=c++20
// A vector of owning raw pointers is pruned with std::remove_if, and the
// code deletes the elements in [new_end, end) assuming they are the removed
// objects. remove_if leaves moved-from copies there instead - here a
// duplicate of a kept pointer - so the survivors are later deleted again.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

struct Conn {
  int fd;
  bool closed;
  char buf[32];
};

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<Conn *> conns;
  for (int i = 0; i < n; i++) conns.push_back(new Conn{i + 3, argv[2][i] % 4 == 1, {}});
  auto dead = std::remove_if(conns.begin(), conns.end(), [](Conn *c) { return c->closed; });
  long fds = 0;
  for (auto it = conns.begin(); it != dead; ++it) fds += (*it)->fd;
  for (auto it = dead; it != conns.end(); ++it) delete *it;   // not the removed ones!
  conns.erase(dead, conns.end());
  for (Conn *c : conns) delete c; // BUG
  std::printf("%ld %d\n", fds, argc);
  return 0;
}
