// EXPECT: none
// FLAGS: -std=c++20
// Clean: C++20 synchronisation objects whose lifetimes cover every use -
// a std::barrier completion writing into a counter that outlives the
// workers, a std::latch the workers count down before the owner waits and
// returns, std::jthread workers with stop_token and stop_callback whose
// locals live in the thread, and a counting_semaphore bounding a shared
// buffer indexed within its size.
#include <atomic>
#include <barrier>
#include <cstdio>
#include <cstdlib>
#include <latch>
#include <semaphore>
#include <stop_token>
#include <thread>
#include <vector>

struct PhaseDone {
  long *total;
  std::atomic<long> *partial;
  void operator()() noexcept { *total += partial->exchange(0); }
};

__attribute__((noinline)) static long run_phases(int workers, int phases, const char *data) {
  long total = 0;
  std::atomic<long> partial{0};
  std::barrier<PhaseDone> bar(workers, PhaseDone{&total, &partial});
  std::vector<std::jthread> pool;
  for (int w = 0; w < workers; w++)
    pool.emplace_back([&, w] {
      for (int p = 0; p < phases; p++) {
        partial += data[(w + p) % 26];
        bar.arrive_and_wait();
      }
    });
  pool.clear();   // joins
  return total;
}

__attribute__((noinline)) static int fan_out(int n, const char *data) {
  std::latch done(n);
  std::vector<int> results(n);
  std::vector<std::jthread> pool;
  for (int i = 0; i < n; i++)
    pool.emplace_back([&, i] { results[i] = data[i] - 'A'; done.count_down(); });
  done.wait();
  pool.clear();
  int s = 0;
  for (int r : results) s += r;
  return s;
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  long phases = run_phases(n / 5, 4, argv[2]);
  int fan = fan_out(n, argv[2]);
  std::atomic<int> ticks{0}, stops{0};
  {
    std::jthread ticker([&ticks, &stops](std::stop_token st) {
      std::stop_callback cb(st, [&stops] { stops++; });
      while (!st.stop_requested()) { ticks++; std::this_thread::yield(); }
    });
    while (ticks.load() < 10) std::this_thread::yield();
  }
  std::counting_semaphore<4> slots(4);
  int ring[4] = {};
  std::vector<std::jthread> users;
  for (int i = 0; i < n; i++)
    users.emplace_back([&, i] { slots.acquire(); __atomic_fetch_add(&ring[i % 4], 1, __ATOMIC_RELAXED); slots.release(); });
  users.clear();
  std::printf("%ld %d %d %d %d\n", phases, fan, stops.load(), ring[0] + ring[1] + ring[2] + ring[3], argc);
  return 0;
}
