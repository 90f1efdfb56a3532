// EXPECT: stack-use-after-return
// A one-worker pool holds tasks until main opens a gate; schedule() submits a
// lambda capturing its local array by reference and returns before the
// gate opens, so the task reads a dead frame.
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
static volatile long sink;
class Pool {
  std::deque<std::function<void()>> q;
  std::mutex mu;
  std::condition_variable cv;
  bool open = false, stop = false;
  std::thread w;
public:
  Pool() : w([this] {
    for (;;) {
      std::function<void()> job;
      {
        std::unique_lock<std::mutex> l(mu);
        cv.wait(l, [this] { return stop || (open && !q.empty()); });
        if (q.empty()) return;
        job = std::move(q.front());
        q.pop_front();
      }
      job();
    }
  }) {}
  void submit(std::function<void()> f) {
    { std::lock_guard<std::mutex> l(mu); q.push_back(std::move(f)); }
    cv.notify_one();
  }
  void start() { { std::lock_guard<std::mutex> l(mu); open = true; } cv.notify_all(); }
  ~Pool() { { std::lock_guard<std::mutex> l(mu); stop = true; } cv.notify_all(); w.join(); }
};
__attribute__((noinline)) static void schedule(Pool &p, int n) {
  int counts[8];
  for (int i = 0; i < 8; i++) counts[i] = i * n;
  p.submit([&counts, n] {
    sink = counts[n % 8]; // BUG
  });
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  Pool p;
  schedule(p, n);
  p.start();
  std::printf("%d\n", n);
  return 0;
}
