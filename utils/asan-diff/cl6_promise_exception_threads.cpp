// EXPECT: none
// Worker threads compute results through a recursion with a 4 KiB local
// array per level and report them with std::promise: a failing input makes
// the deepest level throw, the worker's top frame catches it and stores it
// with set_exception; the main thread calls future::get(), which rethrows
// the exception object (allocated on the worker) on main's stack, and
// continues. std::packaged_task is used for half of the jobs.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <future>
#include <stdexcept>
#include <thread>
#include <vector>

__attribute__((noinline)) static long crunch(int level, int fail_at, unsigned seed) {
  unsigned char buf[4096];
  std::memset(buf, (int)(seed & 0xff), sizeof buf);
  buf[level * 13 % 4096] ^= 0x55;
  if (level == fail_at) throw std::overflow_error("crunch overflow at level " + std::to_string(level));
  if (level == 0) return buf[4095];
  long below = crunch(level - 1, fail_at, seed * 31 + 7);
  return below + buf[level % 4096] + buf[4095 - level];
}

static void worker(std::promise<long> p, int depth, int fail_at) {
  try {
    p.set_value(crunch(depth, fail_at, (unsigned)depth));
  } catch (...) {
    p.set_exception(std::current_exception());
  }
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  long ok = 0;
  int failed = 0;
  for (int round = 0; round < 4; round++) {
    std::vector<std::future<long>> fs;
    std::vector<std::thread> ts;
    for (int i = 0; i < n; i++) {
      int depth = 20 + i * 7, fail_at = (i % 3 == 0) ? i : -1;
      if (i % 2) {
        std::promise<long> p;
        fs.push_back(p.get_future());
        ts.emplace_back(worker, std::move(p), depth, fail_at);
      } else {
        std::packaged_task<long()> t([=] { return crunch(depth, fail_at, 99u); });
        fs.push_back(t.get_future());
        ts.emplace_back(std::move(t));
      }
    }
    for (auto &f : fs) {
      char local[256];
      try {
        ok += f.get();
      } catch (const std::exception &e) {
        std::snprintf(local, sizeof local, "%s", e.what());
        failed += local[0] == 'c';
      }
    }
    for (auto &t : ts) t.join();
  }
  std::printf("ok %ld failed %d\n", ok, failed);
  return 0;
}
