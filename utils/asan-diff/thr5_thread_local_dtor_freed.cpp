// EXPECT: heap-use-after-free
// A worker's thread_local Tracker remembers a heap Stats object owned by
// main; main deletes the Stats while the worker waits; the Tracker's
// destructor, run when the worker exits, updates the deleted Stats.
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <thread>
struct Stats { long hits[4]; long exits; };
static Stats *stats;
static std::mutex mu;
static std::condition_variable cv;
static int phase;
struct Tracker {
  Stats *s = nullptr;
  int id = 0;
  ~Tracker() {
    if (s) s->exits += id; // BUG
  }
};
static thread_local Tracker tracker;
static void work(int id) {
  tracker.s = stats;
  tracker.id = id;
  stats->hits[id % 4]++;
  std::unique_lock<std::mutex> lk(mu);
  phase = 1;
  cv.notify_all();
  cv.wait(lk, [] { return phase == 2; });
}
int main(int argc, char **argv) {
  stats = new Stats();
  std::thread t(work, std::atoi(argv[1]));
  {
    std::unique_lock<std::mutex> lk(mu);
    cv.wait(lk, [] { return phase == 1; });
    delete stats;
    phase = 2;
    cv.notify_all();
  }
  t.join();
  std::puts("done");
  return 0;
}
