// EXPECT: none
// A 4-thread pool with a std::function queue, std::condition_variable, and
// std::packaged_task results; jobs use stack buffers and growing vectors.
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>
#include <vector>
class Pool {
  std::vector<std::thread> ws;
  std::deque<std::function<void()>> q;
  std::mutex mu;
  std::condition_variable cv;
  bool stop = false;
public:
  explicit Pool(int n) {
    for (int i = 0; i < n; i++)
      ws.emplace_back([this] {
        for (;;) {
          std::function<void()> job;
          {
            std::unique_lock<std::mutex> l(mu);
            cv.wait(l, [this] { return stop || !q.empty(); });
            if (q.empty()) return;
            job = std::move(q.front());
            q.pop_front();
          }
          job();
        }
      });
  }
  template <class F> auto submit(F f) {
    auto t = std::make_shared<std::packaged_task<decltype(f())()>>(std::move(f));
    auto fut = t->get_future();
    { std::lock_guard<std::mutex> l(mu); q.emplace_back([t] { (*t)(); }); }
    cv.notify_one();
    return fut;
  }
  ~Pool() {
    { std::lock_guard<std::mutex> l(mu); stop = true; }
    cv.notify_all();
    for (auto &w : ws) w.join();
  }
};
int main() {
  Pool p(4);
  std::vector<std::future<long>> fs;
  for (int j = 0; j < 200; j++)
    fs.push_back(p.submit([j]() -> long {
      char buf[300];
      std::memset(buf, j, sizeof buf);
      std::vector<int> v;
      for (int i = 0; i < j; i++) v.push_back(buf[i % 300] + i);
      return v.empty() ? 0 : v.back() + (long)v.capacity();
    }));
  long s = 0;
  for (auto &f : fs) s += f.get();
  std::printf("%ld\n", s);
  return 0;
}
