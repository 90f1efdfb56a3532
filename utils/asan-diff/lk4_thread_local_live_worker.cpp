// EXPECT: none
// A worker thread keeps its per-thread arena of buffers in a thread_local
// std::vector<std::unique_ptr<char[]>> (a C++ thread_local with a destructor)
// and is still blocked when main returns. A running thread's TLS is a root,
// so the vector's storage and every buffer it owns are reachable. main's own
// thread_local cache is destroyed (freeing its buffers) before the check.
#include <unistd.h>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

static thread_local std::vector<std::unique_ptr<char[]>> t_arena;
static std::mutex mu;
static std::condition_variable cv;
static bool ready;
static int g_n;

__attribute__((noinline)) static size_t fill_arena(int count) {
  size_t total = 0;
  for (int i = 0; i < count; i++) {
    size_t sz = static_cast<size_t>(g_n) * 4 + static_cast<size_t>(i);
    std::unique_ptr<char[]> b(new char[sz]);
    std::memset(b.get(), 'a' + i, sz);
    t_arena.push_back(std::move(b));
    total += sz;
  }
  return total;
}

__attribute__((noinline, no_sanitize("address"))) static void scrub() {
  char z[16384];
  std::memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

static void worker() {
  fill_arena(g_n);
  scrub();
  {
    std::lock_guard<std::mutex> g(mu);
    ready = true;
  }
  cv.notify_one();
  for (;;) pause();
}

int main(int argc, char **argv) {
  g_n = argc > 1 ? std::atoi(argv[1]) : 10;
  size_t mine = fill_arena(3); // main's thread_local: destroyed at exit
  std::thread(worker).detach();
  std::unique_lock<std::mutex> l(mu);
  cv.wait(l, [] { return ready; });
  std::printf("main arena %zu, worker arena ready\n", mine);
  return 0;
}
