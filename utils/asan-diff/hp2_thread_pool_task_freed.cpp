// EXPECT: heap-use-after-free
// a std::thread pool runs heap-allocated tasks and deletes each after running it; the submitter kept the raw task pointers and reads the results after joining the workers
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

struct Task {
  int id;
  std::string input;
  long result = 0;
  bool done = false;
};

class ThreadPool {
 public:
  explicit ThreadPool(int n) {
    for (int i = 0; i < n; i++) workers_.emplace_back([this] { run(); });
  }
  void submit(Task *t) {
    {
      std::lock_guard<std::mutex> g(mu_);
      queue_.push_back(t);
    }
    cv_.notify_one();
  }
  void shutdown() {
    {
      std::lock_guard<std::mutex> g(mu_);
      stopping_ = true;
    }
    cv_.notify_all();
    for (auto &w : workers_) w.join();
  }
  int completed() const { return completed_; }

 private:
  static long work(const std::string &s) {
    long h = 0;
    for (int round = 0; round < 50; round++)
      for (char c : s) h = (h * 131 + (unsigned char)c + round) % 1000000007;
    return h;
  }
  void run() {
    for (;;) {
      Task *t;
      {
        std::unique_lock<std::mutex> lk(mu_);
        cv_.wait(lk, [this] { return stopping_ || !queue_.empty(); });
        if (queue_.empty()) return;
        t = queue_.front();
        queue_.pop_front();
      }
      t->result = work(t->input);
      t->done = true;
      {
        std::lock_guard<std::mutex> g(mu_);
        completed_++;
      }
      delete t; /* the pool owns submitted tasks */
    }
  }

  std::vector<std::thread> workers_;
  std::deque<Task *> queue_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stopping_ = false;
  int completed_ = 0;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  ThreadPool pool(2);
  std::vector<Task *> submitted;
  for (int i = 0; i < n; i++) {
    Task *t = new Task;
    t->id = i;
    t->input = alpha.substr((size_t)i % alpha.size()) + alpha.substr(0, (size_t)i % alpha.size());
    submitted.push_back(t);
    pool.submit(t);
  }
  pool.shutdown();
  long sum = 0;
  int done = 0;
  for (Task *t : submitted) {
    if (t->done) done++; // BUG
    sum += t->result;
  }
  std::printf("%d completed, %d done, sum %ld\n", pool.completed(), done, sum);
  return 0;
}
