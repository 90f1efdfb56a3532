// EXPECT: none
// Per-thread state in thread_local objects with destructors: a Logger
// (constructed first in each thread) and a Cache constructed later from a
// deeper frame; C++ destroys them in reverse order at thread exit, so the
// Cache's destructor still may flush into the Logger. Each holds arrays;
// threads are started in waves, and main's own thread_locals are destroyed
// at exit after main returns.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <thread>
#include <vector>

static std::mutex g_out_m;
static long g_flushed = 0;

struct Logger {
  char lines[8][48];
  int n = 0;
  int id = -1;
  void log(const char *s) {
    std::snprintf(lines[n % 8], sizeof lines[0], "%s", s);
    n++;
  }
  ~Logger() {
    std::lock_guard<std::mutex> g(g_out_m);
    g_flushed += n + (long)std::strlen(lines[(n - 1 + 8) % 8]);
  }
};

thread_local Logger t_log;

struct Cache {
  unsigned keys[128];
  double vals[128];
  int used = 0;
  Cache() { t_log.log("cache created"); std::memset(keys, 0, sizeof keys); }
  double get(unsigned k) {
    for (int i = 0; i < used; i++)
      if (keys[i] == k) return vals[i];
    int slot = used < 128 ? used++ : (int)(k % 128);
    keys[slot] = k;
    vals[slot] = k * 0.5;
    return vals[slot];
  }
  ~Cache() {
    char msg[48];
    std::snprintf(msg, sizeof msg, "cache gone with %d entries", used);
    t_log.log(msg);  // Logger was constructed first: it is still alive
  }
};

__attribute__((noinline)) static double deep_lookup(int depth, unsigned k) {
  char pad[256];
  std::memset(pad, depth, sizeof pad);
  if (depth == 0) {
    thread_local Cache cache;  // constructed on first use, deep in the stack
    return cache.get(k) + pad[255];
  }
  return deep_lookup(depth - 1, k * 7 + 1) + pad[0];
}

static void worker(int id, int iters) {
  t_log.id = id;
  t_log.log("start");
  double s = 0;
  for (int i = 0; i < iters; i++) s += deep_lookup(i % 10, (unsigned)(i % 150));
  char msg[48];
  std::snprintf(msg, sizeof msg, "sum %.1f", s);
  t_log.log(msg);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  for (int wave = 0; wave < 3; wave++) {
    std::vector<std::thread> ts;
    for (int i = 0; i < 4; i++) ts.emplace_back(worker, wave * 4 + i, n * 30 + i);
    for (auto &t : ts) t.join();
  }
  worker(99, n);
  std::printf("flushed %ld\n", g_flushed);
  return 0;
}
