// EXPECT: none
// A std::thread pool of 3 runs 60 tasks, each with a 32 KiB local buffer
// and a recursive helper with local arrays; results go back by value
// through a mutex-protected vector.
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>
static int seed;
__attribute__((noinline)) static long rec(int depth, const char *buf) {
  char local[256];
  std::memcpy(local, buf + depth * 8, sizeof local);
  if (depth == 0) return local[0];
  return local[depth % 256] + rec(depth - 1, buf);
}
static long task(int id) {
  char big[32 * 1024];
  for (size_t i = 0; i < sizeof big; i++) big[i] = (char)(i * id + seed);
  return rec(40, big) + big[sizeof big - 1];
}
int main(int argc, char **argv) {
  seed = std::atoi(argv[1]);
  std::mutex mu;
  std::condition_variable cv;
  std::deque<int> q;
  std::vector<long> out;
  bool done = false;
  std::vector<std::thread> ts;
  for (int w = 0; w < 3; w++)
    ts.emplace_back([&] {
      for (;;) {
        int id;
        {
          std::unique_lock<std::mutex> lk(mu);
          cv.wait(lk, [&] { return done || !q.empty(); });
          if (q.empty()) return;
          id = q.front();
          q.pop_front();
        }
        long r = task(id);
        std::lock_guard<std::mutex> lk(mu);
        out.push_back(r);
      }
    });
  for (int i = 0; i < 60; i++) {
    std::lock_guard<std::mutex> lk(mu);
    q.push_back(i);
    cv.notify_one();
  }
  {
    std::lock_guard<std::mutex> lk(mu);
    done = true;
  }
  cv.notify_all();
  for (auto &t : ts) t.join();
  long s = 0;
  for (long v : out) s += v;
  std::printf("%zu %ld\n", out.size(), s);
  return 0;
}
