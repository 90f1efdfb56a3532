// EXPECT: stack-use-after-return
// a std::thread worker pool takes jobs as (pointer, length) views; a helper enqueues a checksum job over its own local buffer and returns before the pool is started
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

struct Job {
  const unsigned char *data;
  size_t len;
  uint32_t *result;
};

class Pool {
public:
  void submit(Job j) {
    std::lock_guard<std::mutex> g(mu_);
    jobs_.push_back(j);
    cv_.notify_one();
  }
  void start(int n) {
    for (int i = 0; i < n; i++) threads_.emplace_back([this] { loop(); });
  }
  void finish() {
    {
      std::lock_guard<std::mutex> g(mu_);
      closing_ = true;
    }
    cv_.notify_all();
    for (auto &t : threads_) t.join();
    threads_.clear();
  }

private:
  static uint32_t adler32(const unsigned char *p, size_t n) {
    uint32_t a = 1, b = 0;
    for (size_t i = 0; i < n; i++) {
      a = (a + p[i]) % 65521; // BUG
      b = (b + a) % 65521;
    }
    return b << 16 | a;
  }
  void loop() {
    for (;;) {
      Job j;
      {
        std::unique_lock<std::mutex> lk(mu_);
        cv_.wait(lk, [this] { return closing_ || !jobs_.empty(); });
        if (jobs_.empty()) return;
        j = jobs_.front();
        jobs_.pop_front();
      }
      *j.result = adler32(j.data, j.len);
    }
  }
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Job> jobs_;
  std::vector<std::thread> threads_;
  bool closing_ = false;
};

__attribute__((noinline)) static void queue_header_checksum(Pool &pool, const std::string &name,
                                                            int version, uint32_t *out) {
  unsigned char header[64];
  int n = std::snprintf((char *)header, sizeof header, "NAME=%s;VER=%d;", name.c_str(), version);
  if (n < 0) return;
  size_t len = (size_t)n < sizeof header ? (size_t)n : sizeof header - 1;
  pool.submit(Job{header, len, out});
}

int main(int argc, char **argv) {
  int version = argc > 1 ? std::atoi(argv[1]) : 1;
  std::string name = argc > 2 ? argv[2] : "pkg";
  std::vector<std::string> bodies;
  for (int i = 0; i < 4; i++) bodies.push_back(name.substr((size_t)i) + std::to_string(i * version));
  std::vector<uint32_t> sums(bodies.size() + 1);
  Pool pool;
  for (size_t i = 0; i < bodies.size(); i++)
    pool.submit(Job{(const unsigned char *)bodies[i].data(), bodies[i].size(), &sums[i]});
  queue_header_checksum(pool, name, version, &sums.back());
  pool.start(2);
  pool.finish();
  for (size_t i = 0; i < sums.size(); i++) std::printf("job %zu: %08x\n", i, sums[i]);
  return 0;
}
