// EXPECT: heap-use-after-free
// In a worker, thread_local Logger is constructed first and thread_local
// Buffer second (on first use); thread-locals die in reverse order, so the
// Buffer's vector is freed before ~Logger flushes into it.
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>
static int seed;
static volatile long sink;
struct Buffer {
  std::vector<int> data;
  Buffer() : data(16, 0) {}
};
Buffer &buffer();
struct Logger {
  Buffer *target = nullptr;
  ~Logger() {
    if (target) target->data[seed % 16] = 7; // BUG
  }
};
static thread_local Logger logger;
Buffer &buffer() {
  static thread_local Buffer b;
  return b;
}
static void work() {
  logger.target = nullptr;
  Buffer &b = buffer();
  b.data[0] = seed;
  logger.target = &b;
  sink = b.data[0];
}
int main(int argc, char **argv) {
  seed = std::atoi(argv[1]);
  std::thread t(work);
  t.join();
  std::printf("%ld\n", sink);
  return 0;
}
