// EXPECT: none
// a std::thread pool running packaged_tasks: jobs capture their inputs by value or through shared_ptr, results come back through futures, and every local a job points at outlives the pool's shutdown
#include <condition_variable>
#include <cstdint>
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
  explicit Pool(int n) {
    for (int i = 0; i < n; i++) threads_.emplace_back([this] { loop(); });
  }
  ~Pool() { shutdown(); }
  template <typename F> auto submit(F f) -> std::future<decltype(f())> {
    using R = decltype(f());
    auto task = std::make_shared<std::packaged_task<R()>>(std::move(f));
    std::future<R> fut = task->get_future();
    {
      std::lock_guard<std::mutex> g(mu_);
      jobs_.push_back([task] { (*task)(); });
    }
    cv_.notify_one();
    return fut;
  }
  void shutdown() {
    {
      std::lock_guard<std::mutex> g(mu_);
      if (closing_) return;
      closing_ = true;
    }
    cv_.notify_all();
    for (auto &t : threads_) t.join();
  }

private:
  void loop() {
    for (;;) {
      std::function<void()> job;
      {
        std::unique_lock<std::mutex> lk(mu_);
        cv_.wait(lk, [this] { return closing_ || !jobs_.empty(); });
        if (jobs_.empty()) return;
        job = std::move(jobs_.front());
        jobs_.pop_front();
      }
      job();
    }
  }
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> jobs_;
  std::vector<std::thread> threads_;
  bool closing_ = false;
};

static uint32_t adler(const unsigned char *p, size_t n) {
  uint32_t a = 1, b = 0;
  for (size_t i = 0; i < n; i++) {
    a = (a + p[i]) % 65521;
    b = (b + a) % 65521;
  }
  return b << 16 | a;
}

static std::future<uint32_t> header_checksum(Pool &pool, const std::string &name, int ver) {
  char header[64]; // formatted here, but the job gets its own copy
  int n = std::snprintf(header, sizeof header, "NAME=%s;VER=%d;", name.c_str(), ver);
  std::string copy(header, (size_t)n < sizeof header ? (size_t)n : sizeof header - 1);
  return pool.submit([copy] { return adler((const unsigned char *)copy.data(), copy.size()); });
}

int main(int argc, char **argv) {
  int ver = argc > 1 ? std::atoi(argv[1]) : 1;
  std::string name = argc > 2 ? argv[2] : "pkg";
  auto shared = std::make_shared<std::vector<std::string>>();
  for (int i = 0; i < 6; i++) shared->push_back(name.substr((size_t)i) + std::to_string(i * ver));
  std::vector<uint32_t> local(shared->size());
  uint32_t head;
  {
    Pool pool(2);
    std::vector<std::future<uint32_t>> futs;
    for (size_t i = 0; i < shared->size(); i++)
      futs.push_back(pool.submit([shared, i] {
        const std::string &s = (*shared)[i];
        return adler((const unsigned char *)s.data(), s.size());
      }));
    for (size_t i = 0; i < local.size(); i++)
      pool.submit([&local, i] { local[i] = (uint32_t)i * 7; }); // local outlives the pool
    auto h = header_checksum(pool, name, ver);
    head = h.get();
    uint32_t x = 0;
    for (auto &f : futs) x ^= f.get();
    std::printf("xor %08x\n", x);
  } // pool joined here, before `local` is read
  uint32_t lsum = 0;
  for (uint32_t v : local) lsum += v;
  std::printf("header %08x, local sum %u\n", head, lsum);
  return 0;
}
