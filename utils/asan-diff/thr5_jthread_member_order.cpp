// EXPECT: heap-use-after-free
// FLAGS: -std=c++20
// A Service declares its std::jthread before the vector the thread reads;
// members are destroyed in reverse order, so the vector is freed before
// ~jthread requests stop; the thread, woken by the stop request, sums the
// freed vector.
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <stop_token>
#include <thread>
#include <vector>
static volatile long sink;
struct Service {
  std::mutex mu;
  std::condition_variable_any cv;
  std::jthread worker;
  std::vector<long> data;
  explicit Service(int n) : data(n, 3) {
    worker = std::jthread([this](std::stop_token st) {
      std::unique_lock<std::mutex> lk(mu);
      cv.wait(lk, st, [] { return false; });
      long s = 0;
      for (long v : data) s += v; // BUG
      sink = s;
    });
  }
};
int main(int argc, char **argv) {
  {
    Service s(std::atoi(argv[1]));
    s.data[0] = 5;
  }
  std::printf("%ld\n", sink);
  return 0;
}
