// EXPECT: none
// A background flusher is a detached std::thread that owns its state through
// the lambda's captures (a unique_ptr and a vector of strings) and a local
// std::map, and is still blocked waiting for work when main returns. Its
// stack (and the heap block std::thread made for the callable) are live: the
// state is reachable and no leak may be reported.
#include <unistd.h>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

static std::mutex mu;
static std::condition_variable cv;
static bool ready;

struct Config {
  std::string path;
  int interval;
};

__attribute__((noinline)) static void start(int n) {
  auto cfg = std::make_unique<Config>();
  cfg->path = std::string("/var/lib/flusher/") + std::string(static_cast<size_t>(n) * 3, 'q');
  cfg->interval = n;
  std::vector<std::string> pending;
  for (int i = 0; i < n; i++) pending.push_back(std::string(static_cast<size_t>(20 + i), 'p'));
  std::thread t([cfg = std::move(cfg), pending = std::move(pending)]() mutable {
    std::map<int, std::string> index;
    for (size_t i = 0; i < pending.size(); i++) index[static_cast<int>(i)] = pending[i] + cfg->path;
    {
      std::lock_guard<std::mutex> g(mu);
      ready = true;
    }
    cv.notify_one();
    for (;;) {
      pause();
      index[0] += "x";
    }
  });
  t.detach();
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  start(n);
  std::unique_lock<std::mutex> l(mu);
  cv.wait(l, [] { return ready; });
  std::printf("flusher running\n");
  return 0;
}
