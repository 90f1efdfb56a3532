// EXPECT: none
// a std::thread pool that runs packaged_tasks and hands results back through futures; tasks own their inputs via shared_ptr, the pool is joined before the results are read
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

class Pool {
 public:
  explicit Pool(unsigned n) {
    for (unsigned i = 0; i < n; i++) threads_.emplace_back([this] { loop(); });
  }
  ~Pool() {
    {
      std::lock_guard<std::mutex> g(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    for (auto &t : threads_) t.join();
  }

  template <typename F>
  auto submit(F f) -> std::future<decltype(f())> {
    using R = decltype(f());
    auto task = std::make_shared<std::packaged_task<R()>>(std::move(f));
    std::future<R> fut = task->get_future();
    {
      std::lock_guard<std::mutex> g(mu_);
      queue_.emplace_back([task] { (*task)(); });
    }
    cv_.notify_one();
    return fut;
  }

 private:
  void loop() {
    for (;;) {
      std::function<void()> job;
      {
        std::unique_lock<std::mutex> lk(mu_);
        cv_.wait(lk, [this] { return stop_ || !queue_.empty(); });
        if (queue_.empty()) return;
        job = std::move(queue_.front());
        queue_.pop_front();
      }
      job();
    }
  }

  std::vector<std::thread> threads_;
  std::deque<std::function<void()>> queue_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;
};

struct Document {
  std::string name;
  std::string text;
};

static std::vector<std::pair<std::string, int>> word_freq(const Document &d) {
  std::vector<std::pair<std::string, int>> out;
  size_t i = 0;
  while (i < d.text.size()) {
    while (i < d.text.size() && d.text[i] == ' ') i++;
    size_t j = i;
    while (j < d.text.size() && d.text[j] != ' ') j++;
    if (j > i) {
      std::string w = d.text.substr(i, j - i);
      bool found = false;
      for (auto &p : out)
        if (p.first == w) {
          p.second++;
          found = true;
          break;
        }
      if (!found) out.emplace_back(w, 1);
    }
    i = j;
  }
  return out;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  std::vector<std::future<std::vector<std::pair<std::string, int>>>> futs;
  std::vector<std::future<size_t>> lens;
  {
    Pool pool(2);
    for (int i = 0; i < n; i++) {
      auto doc = std::make_shared<Document>();
      doc->name = "doc" + std::to_string(i);
      for (int k = 0; k < 30; k++) doc->text += alpha.substr((size_t)(k * 7 + i) % 20, 1 + k % 3) + " ";
      futs.push_back(pool.submit([doc] { return word_freq(*doc); }));
      lens.push_back(pool.submit([doc] { return doc->text.size(); }));
    }
  }
  size_t distinct = 0, chars = 0;
  int top = 0;
  for (auto &f : futs) {
    auto v = f.get();
    distinct += v.size();
    for (auto &p : v)
      if (p.second > top) top = p.second;
  }
  for (auto &l : lens) chars += l.get();
  std::printf("%zu distinct words over %d docs, top count %d, %zu chars\n", distinct, n, top, chars);
  return 0;
}
