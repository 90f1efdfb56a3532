// EXPECT: stack-use-after-return
// A worker thread reports failure through std::promise::set_exception; the
// exception carries a pointer to the worker's local stats buffer, whose
// function has been unwound by the time the main thread calls get(). The
// worker thread itself is still alive (waiting for a stop signal).
#include <cstdio>
#include <cstdlib>
#include <future>
#include <stdexcept>
#include <string>
#include <thread>

struct WorkFailed { const int *stats; int count; };

__attribute__((noinline)) static void crunch(const char *data, int n) {
  std::string tag(data, 4);
  int stats[24];
  for (int i = 0; i < 24; i++) stats[i] = data[i] ^ n;
  if (stats[n] > 0) throw WorkFailed{stats, 24};
}

static void worker(std::promise<int> result, std::future<void> stop, const char *data, int n) {
  try {
    crunch(data, n);
    result.set_value(0);
  } catch (...) {
    result.set_exception(std::current_exception());
  }
  stop.wait();
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::promise<int> result;
  std::promise<void> stop;
  std::future<int> f = result.get_future();
  std::thread t(worker, std::move(result), stop.get_future(), argv[2], n);
  int v = 0;
  try {
    v = f.get();
  } catch (const WorkFailed &w) {
    v = w.stats[n + 1]; // BUG
  }
  stop.set_value();
  t.join();
  std::printf("%d\n", v);
  return 0;
}
