// EXPECT: none
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>
struct Guard { char buf[64]; Guard(const char *s) { std::strncpy(buf, s, sizeof buf - 1); buf[63] = 0; } ~Guard() { buf[0] = 0; } };
__attribute__((noinline)) static int deep(int n, int lim) {
  char local[128];
  std::memset(local, n, sizeof local);
  Guard g("frame");
  std::vector<int> v(n + 1, n);
  if (n == lim) throw std::runtime_error(std::string("depth ") + std::to_string(n));
  return deep(n + 1, lim) + local[5] + v[0] + g.buf[0];
}
int main(int argc, char **argv) {
  int caught = 0;
  for (int round = 0; round < 50; round++) {
    try {
      deep(0, 5 + round % 7);
    } catch (const std::exception &e) {
      char msg[32];
      std::snprintf(msg, sizeof msg, "%s", e.what());
      caught += msg[0] == 'd';
    }
  }
  try { std::vector<int>().at(argc); } catch (const std::out_of_range &) { caught++; }
  std::printf("%d\n", caught);
  return 0;
}
