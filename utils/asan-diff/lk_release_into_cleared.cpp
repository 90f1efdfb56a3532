// EXPECT: leak
#include <cstdio>
#include <memory>
#include <vector>
struct Conn { int fd; char buf[40]; };
__attribute__((noinline)) static int pool_round(int n) {
  std::vector<Conn *> pool;
  for (int i = 0; i < n; i++) {
    auto c = std::make_unique<Conn>();
    c->fd = i;
    pool.push_back(c.release());
  }
  int s = 0;
  for (Conn *c : pool) s += c->fd;
  pool.clear();
  pool.shrink_to_fit();
  return s;
}
int main() {
  std::printf("%d\n", pool_round(3));
  return 0;
}
