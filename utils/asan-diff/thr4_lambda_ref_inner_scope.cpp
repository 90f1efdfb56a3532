// EXPECT: stack-use-after-scope
// A std::thread's lambda captures an array of main's inner scope by
// reference and waits on a condvar; main leaves the scope, then lets it run.
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <thread>
static volatile long sink;
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::mutex mu;
  std::condition_variable cv;
  bool go = false;
  std::thread t;
  {
    int vals[16];
    for (int i = 0; i < 16; i++) vals[i] = i * n;
    t = std::thread([&vals, &mu, &cv, &go, n] {
      std::unique_lock<std::mutex> l(mu);
      cv.wait(l, [&go] { return go; });
      sink = vals[n % 16]; // BUG
    });
  }
  {
    std::lock_guard<std::mutex> l(mu);
    go = true;
  }
  cv.notify_all();
  t.join();
  std::printf("%ld\n", sink);
  return 0;
}
