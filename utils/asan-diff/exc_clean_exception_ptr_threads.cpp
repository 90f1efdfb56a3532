// EXPECT: none
// Worker threads capture their failures as std::exception_ptr in a shared
// vector; after joining, the main thread rethrows each, catches it by
// reference, and copies out what it needs while the exception_ptr is alive.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

struct TaskError : std::runtime_error {
  int task;
  char detail[32];
  TaskError(int t, const char *d) : std::runtime_error("task failed"), task(t) {
    std::snprintf(detail, sizeof detail, "%s", d);
  }
};

__attribute__((noinline)) static int run(int t, const char *s) {
  char work[128];
  std::memset(work, s[t], sizeof work - 1);
  work[127] = 0;
  if (t % 2) throw TaskError(t, work + 100);
  return work[126];
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::mutex mu;
  std::vector<std::exception_ptr> errors;
  std::vector<std::thread> ts;
  std::vector<int> results(n);
  for (int t = 0; t < n; t++)
    ts.emplace_back([&, t] {
      try {
        results[t] = run(t, argv[2]);
      } catch (...) {
        std::lock_guard<std::mutex> g(mu);
        errors.push_back(std::current_exception());
      }
    });
  for (auto &t : ts) t.join();
  long sum = 0;
  for (auto &ep : errors) {
    try {
      std::rethrow_exception(ep);
    } catch (const TaskError &e) {
      sum += e.task + e.detail[0] + (long)std::strlen(e.what());
    }
  }
  errors.clear();
  for (int r : results) sum += r;
  std::printf("%ld\n", sum);
  return 0;
}
