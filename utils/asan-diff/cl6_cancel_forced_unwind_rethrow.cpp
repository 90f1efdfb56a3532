// EXPECT: none
// Worker threads blocked deep in C++ frames are cancelled with
// pthread_cancel: glibc unwinds them with abi::__forced_unwind, every
// level catches it (catch (abi::__forced_unwind &)), touches its own
// local array and rethrows as it must, and RAII guards with arrays and
// std::string members run their destructors on the way up. After the
// joins a filler thread with a 100 KB local array reuses the cached
// stacks, for three rounds.
#include <cxxabi.h>
#include <pthread.h>
#include <unistd.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

static pthread_barrier_t g_bar;
static long g_cleanups;

struct Guard {
  char buf[200];
  std::string tag;
  explicit Guard(int d) : tag(40, (char)('a' + d % 26)) { std::memset(buf, d, sizeof buf); }
  ~Guard() { __atomic_add_fetch(&g_cleanups, buf[199] == (char)buf[0] ? 1 : 0, __ATOMIC_RELAXED); }
};

__attribute__((noinline)) static long level(int d) {
  Guard g(d);
  char local[300];
  std::memset(local, d, sizeof local);
  try {
    if (d == 0) {
      pthread_barrier_wait(&g_bar);
      for (;;) pause();  // a cancellation point
    }
    return level(d - 1) + local[5] + g.buf[7];
  } catch (abi::__forced_unwind &) {
    local[0]++;
    throw;  // must not be swallowed
  } catch (...) {
    return -1;
  }
}

static void *body(void *a) { return (void *)level((int)(long)a); }

static void *filler(void *) {
  char big[100000];
  std::memset(big, 3, sizeof big);
  long s = 0;
  for (int i = 0; i < 100000; i += 1000) s += big[i];
  return (void *)s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  int cancelled = 0;
  long fill = 0;
  for (int round = 0; round < 3; round++) {
    pthread_barrier_init(&g_bar, nullptr, 3);
    pthread_t t1, t2;
    pthread_create(&t1, nullptr, body, (void *)(long)(n * 3));
    pthread_create(&t2, nullptr, body, (void *)(long)(n * 6));
    pthread_barrier_wait(&g_bar);
    pthread_cancel(t1);
    pthread_cancel(t2);
    void *r1, *r2;
    pthread_join(t1, &r1);
    pthread_join(t2, &r2);
    pthread_barrier_destroy(&g_bar);
    cancelled += (r1 == PTHREAD_CANCELED) + (r2 == PTHREAD_CANCELED);
    pthread_t f;
    void *rf;
    pthread_create(&f, nullptr, filler, nullptr);
    pthread_join(f, &rf);
    fill += (long)rf;
  }
  std::printf("cancelled %d cleanups %ld fill %ld\n", cancelled, g_cleanups, fill);
  return 0;
}
