// EXPECT: container-overflow
// FLAGS: -D_GLIBCXX_SANITIZE_VECTOR
// Erasing from a vector inside a range-for keeps the loop's cached end() past the new size.
#include <cstdio>
#include <cstdlib>
#include <vector>
struct Conn { int fd; bool closed; };
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<Conn> conns;
  for (int i = 0; i < n; i++) conns.push_back({i, argv[2][i] % 3 == 0});
  int live = 0;
  for (Conn &c : conns) {
    if (c.closed) { // BUG
      conns.erase(conns.begin() + (&c - conns.data()));
      continue;
    }
    live++;
  }
  std::printf("%d %zu\n", live, conns.size());
  return 0;
}
