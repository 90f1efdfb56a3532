// EXPECT: none
// Threads leave through pthread_exit from deep C++ frames with std::array
// locals and destructors (forced unwinding), then new threads reuse the
// cached stacks with differently shaped frames.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <pthread.h>
static long sink;
struct D { std::array<char, 40> b{}; ~D() { sink += b[39]; } };
__attribute__((noinline)) static void deep(int n) {
  D d;
  d.b.fill((char)n);
  std::array<int, 17> a{};
  a[16] = n;
  if (n == 0) pthread_exit((void *)(long)a[16]);
  deep(n - 1);
  sink += a[16];
}
static void *exiter(void *a) { deep((int)(long)a); return nullptr; }
static void *wide(void *a) {
  std::array<long, 200> big;
  for (size_t i = 0; i < big.size(); i++) big[i] = (long)i;
  return (void *)(big[199] + (long)a);
}
int main(int argc, char **argv) {
  long t = 0;
  for (int r = 0; r < 20; r++) {
    pthread_t th;
    void *res;
    pthread_create(&th, nullptr, r % 2 ? wide : exiter, (void *)(long)(r + std::atoi(argv[1])));
    pthread_join(th, &res);
    t += (long)res;
  }
  std::printf("%ld %ld\n", t, sink);
  return 0;
}
