// EXPECT: none
// FLAGS: -std=c++20
// A coroutine task awaits "I/O" that a worker thread completes: the
// awaiter (a local of the coroutine frame) hands its handle to a queue, a
// worker thread pops it and resumes the coroutine on the worker's own
// stack, so the rest of the coroutine runs on another thread with its own
// locals. Several tasks hop between main and two workers before finishing;
// main waits for all of them to complete before tearing down.
#include <condition_variable>
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>

struct Pool {
  std::mutex m;
  std::condition_variable cv;
  std::deque<std::coroutine_handle<>> q;
  bool stop = false;
  void post(std::coroutine_handle<> h) {
    { std::lock_guard<std::mutex> g(m); q.push_back(h); }
    cv.notify_one();
  }
  void run() {
    for (;;) {
      std::coroutine_handle<> h;
      {
        std::unique_lock<std::mutex> g(m);
        cv.wait(g, [&] { return stop || !q.empty(); });
        if (q.empty()) return;
        h = q.front();
        q.pop_front();
      }
      char scratch[512];
      std::memset(scratch, 0x5a, sizeof scratch);
      h.resume();
      if (scratch[511] != 0x5a) std::abort();
    }
  }
};

static Pool g_pool;
static std::mutex g_done_m;
static std::condition_variable g_done_cv;
static int g_done = 0;
static long g_sum = 0;

struct Hop {
  int *slot;
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<> h) { *slot += 1; g_pool.post(h); }
  int await_resume() { return *slot; }
};

struct Detached {
  struct promise_type {
    Detached get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() { std::abort(); }
  };
};

static Detached job(int id, int hops) {
  int counter = 0;
  char buf[128];
  long local = 0;
  for (int i = 0; i < hops; i++) {
    std::snprintf(buf, sizeof buf, "job %d hop %d", id, i);
    int c = co_await Hop{&counter};
    local += c + (long)std::strlen(buf);
  }
  std::lock_guard<std::mutex> g(g_done_m);
  g_sum += local;
  g_done++;
  g_done_cv.notify_all();
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::thread w1([] { g_pool.run(); }), w2([] { g_pool.run(); });
  for (int i = 0; i < n * 4; i++) job(i, 5 + i % 7);
  {
    std::unique_lock<std::mutex> g(g_done_m);
    g_done_cv.wait(g, [&] { return g_done == n * 4; });
  }
  { std::lock_guard<std::mutex> g(g_pool.m); g_pool.stop = true; }
  g_pool.cv.notify_all();
  w1.join();
  w2.join();
  std::printf("%d jobs, sum %ld\n", g_done, g_sum);
  return 0;
}
