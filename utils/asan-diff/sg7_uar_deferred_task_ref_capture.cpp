// EXPECT: stack-use-after-return
// A request handler posts a completion task to a global work queue; the
// lambda captures the handler's local status buffer by reference, and the
// queue is drained after the handler has returned.
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>
static std::vector<std::function<void()>> g_queue;
static long g_total;
__attribute__((noinline)) static void handle_request(int id) {
  int status[6];
  for (int i = 0; i < 6; i++) status[i] = id * 10 + i;
  // Should capture `status` by value (or copy the one needed field).
  g_queue.push_back([&status, id] {
    g_total += status[id % 6]; // BUG
  });
}
__attribute__((noinline)) static void drain() {
  for (auto &task : g_queue) task();
  g_queue.clear();
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  handle_request(n + argc);
  drain();
  std::printf("%ld\n", g_total);
  return 0;
}
