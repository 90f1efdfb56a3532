// EXPECT: stack-use-after-return
// A function launches a detached std::thread whose lambda captures the
// function's local progress counters by reference, then returns. The
// thread is released only after the launcher has returned, so its update
// lands in the dead frame.
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <thread>
static std::atomic<int> g_phase{0};
static std::atomic<long> g_result{0};
__attribute__((noinline)) static void launch(int n) {
  long progress[4] = {n, n + 1, n + 2, n + 3};
  std::thread([&progress, n] {
    while (g_phase.load() != 1) std::this_thread::yield();
    progress[n % 4] += 1; // BUG
    g_result = progress[0];
    g_phase.store(2);
  }).detach();
}
int main(int argc, char **argv) {
  launch(std::atoi(argv[1]));
  g_phase.store(1);
  while (g_phase.load() != 2) std::this_thread::yield();
  std::printf("%ld %d\n", g_result.load(), argc);
  return 0;
}
