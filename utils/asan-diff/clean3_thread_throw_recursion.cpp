// EXPECT: none
// Worker threads with a 256 KiB stack run a recursive evaluator 300
// levels deep (each level with a 600-byte scratch array and an object
// with a destructor); the deepest level throws, the thread's top frame
// catches, then a second recursion zeroes a plain local struct in every
// frame with memset over the same stack.
#include <pthread.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

struct Scope {
  int *counter;
  explicit Scope(int *c) : counter(c) { ++*counter; }
  ~Scope() { --*counter; }
};

struct Tally {
  long slots[70];
  int depth;
  char note[20];
};

__attribute__((noinline)) static long eval(int depth, int limit, int *open,
                                          const char *up) {
  Scope s(open);
  char scratch[600];
  std::memset(scratch, depth & 0x7f, sizeof scratch);
  scratch[0] = up[0];
  if (depth == limit) throw std::out_of_range("too deep");
  return eval(depth + 1, limit, open, scratch) + scratch[599];
}

__attribute__((noinline)) static long tally(int depth) {
  Tally t;
  std::memset(&t, 0, sizeof t);
  t.depth = depth;
  t.slots[69] = depth * 2;
  long s = t.depth + t.slots[69] + t.note[19];
  if (depth > 0) s += tally(depth - 1);
  return s;
}

static void *worker(void *arg) {
  long id = (long)arg;
  int open = 0;
  long result = 0;
  char seed[4] = {'a', 'b', 'c', 'd'};
  for (int round = 0; round < 3; round++) {
    try {
      result += eval(0, 300, &open, seed);
    } catch (const std::out_of_range &e) {
      result += (long)std::strlen(e.what()) + open;
    }
    result += tally(200);
  }
  return (void *)(result + id);
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]) / 5;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 256 * 1024);
  pthread_t th[4];
  long total = 0;
  for (long i = 0; i < n; i++) pthread_create(&th[i], &attr, worker, (void *)i);
  for (int i = 0; i < n; i++) {
    void *r;
    pthread_join(th[i], &r);
    total += (long)r;
  }
  pthread_attr_destroy(&attr);
  std::printf("%ld %d\n", total, argc);
  return 0;
}
