// EXPECT: stack-use-after-return
// A worker thread holds std::ref to a local of the function that started it.
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <thread>
static std::atomic<bool> go{false};
static void worker(const int &limit, long *out) {
  while (!go.load()) std::this_thread::yield();
  long sum = 0;
  for (int i = 0; i < limit; i++) sum += i; // BUG
  *out = sum;
}
static std::thread start(const char *arg, long *out) {
  int limit = std::atoi(arg) * 3;
  return std::thread(worker, std::cref(limit), out);
}
int main(int argc, char **argv) {
  long result = 0;
  std::thread t = start(argv[1], &result);
  go.store(true);
  t.join();
  std::printf("%ld\n", result);
  return 0;
}
