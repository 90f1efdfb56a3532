// EXPECT: global-buffer-overflow
#include <cstdio>
#include <cstdlib>
#include <cstring>
int table[10];
struct Init {
  int filled;
  Init() : filled(0) {
    const char *env = std::getenv("ASAN_DIFF_TABLE_SIZE");
    int n = env ? std::atoi(env) : 11;
    for (int i = 0; i < n; i++) table[i] = i * i; // BUG
    filled = n;
  }
};
Init init;
int main(int argc, char **argv) {
  std::printf("%d %d\n", init.filled, table[3]);
  return 0;
}
