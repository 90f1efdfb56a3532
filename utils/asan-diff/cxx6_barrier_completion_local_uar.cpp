// EXPECT: stack-use-after-return
// FLAGS: -std=c++20
// A pipeline sets up a long-lived std::barrier whose completion step adds
// each phase's result into a counter. The counter is a local of the setup
// function, captured by pointer in the completion object; the workers only
// complete a phase after setup() has returned, so the completion step
// writes into a dead frame.
#include <barrier>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>

struct PhaseDone {
  long *total;
  long *partial;
  void operator()() noexcept { *total += *partial; } // BUG
};

static std::barrier<PhaseDone> *g_barrier;
static long g_partial;

__attribute__((noinline)) static void setup(int workers) {
  long total = 0;
  g_barrier = new std::barrier<PhaseDone>(workers, PhaseDone{&total, &g_partial});
  std::printf("pipeline ready, total %ld\n", total);
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]) / 5;
  setup(n);
  std::vector<std::thread> pool;
  for (int w = 0; w < n; w++)
    pool.emplace_back([w, argv] {
      __atomic_fetch_add(&g_partial, argv[2][w], __ATOMIC_RELAXED);
      g_barrier->arrive_and_wait();
    });
  for (auto &t : pool) t.join();
  std::printf("%ld %d\n", g_partial, argc);
  delete g_barrier;
  return 0;
}
