// EXPECT: leak
// A thread_local cache struct owns a raw heap array but has no destructor;
// 4 threads fill it and exit, so each thread's 80-byte block leaks.
#include <cstdio>
#include <cstring>
#include <thread>
#include <vector>
struct Cache { long *slots = nullptr; int n = 0; };
thread_local Cache cache;
static void work(int id, long *out) {
  cache.slots = new long[10]; // BUG
  cache.n = 10;
  for (int i = 0; i < 10; i++) cache.slots[i] = id * i;
  *out = cache.slots[9];
}
int main(int argc, char **argv) {
  long out[4];
  std::vector<std::thread> ts;
  for (int i = 0; i < 4; i++) ts.emplace_back(work, i, &out[i]);
  for (auto &t : ts) t.join();
  std::printf("%ld\n", out[0] + out[1] + out[2] + out[3]);
  return 0;
}
