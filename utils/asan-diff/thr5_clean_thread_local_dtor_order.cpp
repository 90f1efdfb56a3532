// EXPECT: none
// A worker's thread_local Buffer is constructed before the thread_local
// Logger that flushes into it (Logger's constructor touches the Buffer
// first), so the Buffer outlives ~Logger.
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>
static int seed;
static volatile long sink;
struct Buffer {
  std::vector<int> data;
  Buffer() : data(16, 0) {}
  ~Buffer() { sink += data[seed % 16]; }
};
static Buffer &buffer() {
  static thread_local Buffer b;
  return b;
}
struct Logger {
  Buffer *target;
  Logger() : target(&buffer()) {}
  ~Logger() { target->data[seed % 16] = 7; }
};
static thread_local Logger logger;
static void work() {
  logger.target->data[0] = seed;
  sink = logger.target->data[0];
}
int main(int argc, char **argv) {
  seed = std::atoi(argv[1]);
  for (int i = 0; i < 3; i++) {
    std::thread t(work);
    t.join();
  }
  std::printf("%ld\n", sink);
  return 0;
}
