// EXPECT: stack-use-after-scope
// A job builder creates one std::function per configuration entry. Each
// loop iteration builds a Config in a local of the loop body and the
// lambda captures it by reference ([&]) instead of by value; the
// callbacks are run after the loop, when every iteration's Config is out
// of scope.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <vector>

struct Config {
  char name[24];
  int weight;
  int retries;
};

__attribute__((noinline)) static Config load_config(int i) {
  Config c;
  std::snprintf(c.name, sizeof c.name, "job-%d", i);
  c.weight = i * 3 + 1;
  c.retries = i % 4;
  return c;
}

__attribute__((noinline)) static long run_jobs(const std::vector<std::function<long()>> &jobs) {
  long total = 0;
  for (const auto &j : jobs) total += j();
  return total;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::vector<std::function<long()>> jobs;
  for (int i = 0; i < n; i++) {
    Config cfg = load_config(i);
    jobs.push_back([&] {
      return (long)cfg.weight * (cfg.retries + 1);  // BUG
    });
  }
  std::printf("%ld\n", run_jobs(jobs));
  return 0;
}
