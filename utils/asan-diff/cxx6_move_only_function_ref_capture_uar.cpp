// EXPECT: stack-use-after-return
// FLAGS: -std=c++23
// A job system queues std::move_only_function callbacks. A submit helper
// moves a unique_ptr payload into the callback (fine) but also captures
// its local statistics struct by reference; the job runs after submit()
// has returned and updates the dead frame.
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <vector>

struct Stats { long bytes = 0; int jobs = 0; };
struct Payload { char data[48]; int len; };

static std::vector<std::move_only_function<void()>> g_queue;
static long g_sink;

__attribute__((noinline)) static void submit(const char *src, int len) {
  Stats stats;
  auto p = std::make_unique<Payload>();
  for (int i = 0; i < len; i++) p->data[i] = src[i];
  p->len = len;
  g_queue.emplace_back([p = std::move(p), &stats] {
    for (int i = 0; i < p->len; i++) g_sink += p->data[i];
    stats.bytes += p->len; // BUG
    stats.jobs++;
  });
  g_sink += stats.jobs;
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  submit(argv[2], n);
  for (auto &job : g_queue) job();
  std::printf("%ld %d\n", g_sink, argc);
  return 0;
}
