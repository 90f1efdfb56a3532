// EXPECT: none
// A 6-thread pool runs 2000 std::function tasks capturing strings and
// vectors by value; results come back through a mutex-protected map and a
// counter that main waits on with a condvar.
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>
int main() {
  std::deque<std::function<void()>> q;
  std::mutex mu;
  std::condition_variable cv, done_cv;
  bool stop = false;
  int done = 0;
  std::map<int, std::string> results;
  std::vector<std::thread> ws;
  for (int i = 0; i < 6; i++)
    ws.emplace_back([&] {
      for (;;) {
        std::function<void()> job;
        {
          std::unique_lock<std::mutex> l(mu);
          cv.wait(l, [&] { return stop || !q.empty(); });
          if (q.empty()) return;
          job = std::move(q.front());
          q.pop_front();
        }
        job();
      }
    });
  const int N = 2000;
  for (int j = 0; j < N; j++) {
    std::string name = "task-" + std::to_string(j) + std::string(j % 40, 'x');
    std::vector<int> data(j % 64 + 1, j);
    auto job = [name, data, j, &mu, &results, &done, &done_cv] {
      std::string out = name;
      for (int v : data) out += char('a' + v % 26);
      std::lock_guard<std::mutex> l(mu);
      results[j] = out;
      if (++done == N) done_cv.notify_one();
    };
    {
      std::lock_guard<std::mutex> l(mu);
      q.emplace_back(std::move(job));
    }
    cv.notify_one();
  }
  {
    std::unique_lock<std::mutex> l(mu);
    done_cv.wait(l, [&] { return done == N; });
    stop = true;
  }
  cv.notify_all();
  for (auto &w : ws) w.join();
  size_t total = 0;
  for (auto &kv : results) total += kv.second.size();
  std::printf("%zu\n", total);
  return 0;
}
