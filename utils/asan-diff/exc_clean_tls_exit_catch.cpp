// EXPECT: none
// Destructors that run at thread exit (thread_local objects) and at
// process exit (a static object) each run a throw/catch of their own with
// local arrays; worker threads throw and catch in their bodies first.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

__attribute__((noinline)) static int risky(int v) {
  char note[40];
  std::snprintf(note, sizeof note, "value %d", v);
  if (v % 2 == 0) throw std::runtime_error(note);
  return note[6];
}

static int safe_call(int v) {
  int local[10] = {v};
  try {
    local[1] = risky(v);
  } catch (const std::runtime_error &e) {
    local[1] = (int)std::strlen(e.what());
  }
  return local[0] + local[1];
}

struct Flushing {
  int id;
  long acc = 0;
  ~Flushing() {
    for (int i = 0; i < 5; i++) acc += safe_call(id + i);
    if (acc == 42) std::printf("unlikely\n");
  }
};

static thread_local Flushing t_flush{7};
static Flushing g_flush{100};

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<std::thread> ts;
  std::vector<long> out(n);
  for (int t = 0; t < n; t++)
    ts.emplace_back([t, &out, argv] {
      t_flush.id = t;
      long s = 0;
      for (int i = 0; i < 50; i++) s += safe_call(i + argv[2][t]);
      out[t] = s;
    });
  for (auto &t : ts) t.join();
  long total = g_flush.id + t_flush.id;
  for (long v : out) total += v;
  std::printf("%ld\n", total);
  return 0;
}
