// EXPECT: none
// FLAGS: -std=c++20
// A jthread registers a stop_callback on a local counter inside a helper
// that deregisters it (callback object destroyed) before returning, and a
// second callback that lives as long as its counter; main's request_stop
// runs only the live one.
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <latch>
#include <stop_token>
#include <thread>
static std::atomic<int> fired;
__attribute__((noinline)) static void scoped(std::stop_token st, int n) {
  int counter[4] = {n, n, n, n};
  std::stop_callback cb(st, [&counter] { counter[0]++; fired++; });
  counter[1] += 1;
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::latch armed(1), stopped(1);
  std::jthread t([&](std::stop_token st) {
    scoped(st, n);
    int live[4] = {0, 0, 0, 0};
    std::stop_callback cb(st, [&live] { live[3] += 2; fired += 10; });
    armed.count_down();
    stopped.wait();
    fired += live[3];
  });
  armed.wait();
  t.request_stop();
  stopped.count_down();
  t.join();
  std::printf("%d\n", fired.load());
  return 0;
}
