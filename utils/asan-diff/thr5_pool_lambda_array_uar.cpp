// EXPECT: stack-use-after-return
// A tiny thread pool: enqueue_work() captures its local histogram array by
// reference in a task and returns without waiting; main then lets the pool
// run, and the task increments the dead array.
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>
struct Pool {
  std::mutex mu;
  std::condition_variable cv;
  std::deque<std::function<void()>> q;
  bool open = false, stop = false;
  std::vector<std::thread> ts;
  explicit Pool(int n) {
    for (int i = 0; i < n; i++)
      ts.emplace_back([this] {
        for (;;) {
          std::function<void()> f;
          {
            std::unique_lock<std::mutex> lk(mu);
            cv.wait(lk, [this] { return stop || (open && !q.empty()); });
            if (q.empty()) return;
            f = std::move(q.front());
            q.pop_front();
          }
          f();
        }
      });
  }
  void push(std::function<void()> f) {
    std::lock_guard<std::mutex> lk(mu);
    q.push_back(std::move(f));
  }
  void run() { std::lock_guard<std::mutex> lk(mu); open = true; cv.notify_all(); }
  ~Pool() {
    { std::lock_guard<std::mutex> lk(mu); stop = true; }
    cv.notify_all();
    for (auto &t : ts) t.join();
  }
};
static int seed;
__attribute__((noinline)) static void enqueue_work(Pool &p) {
  int hist[10] = {0};
  p.push([&hist] { hist[seed % 10] += 1; }); // BUG
}
int main(int argc, char **argv) {
  seed = std::atoi(argv[1]) + 3;
  {
    Pool p(1);
    enqueue_work(p);
    p.run();
  }
  std::puts("done");
  return 0;
}
