// EXPECT: stack-buffer-overflow
#include <cstdio>
#include <cstring>
#include <new>
struct Big { char d[48]; Big() { std::memset(d, 1, sizeof d); } };
int main(int argc, char **argv) {
  alignas(Big) char storage[32];
  Big *b = new (storage) Big; // BUG
  std::printf("%d\n", b->d[0]);
  return 0;
}
