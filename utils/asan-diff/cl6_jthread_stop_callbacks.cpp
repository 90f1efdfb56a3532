// EXPECT: none
// FLAGS: -std=c++20
// A pipeline of std::jthread stages: each stage waits on a
// condition_variable_any with its stop_token, keeps a local batch array,
// and registers a std::stop_callback whose lambda captures a local of the
// stage's frame by reference (legal: the callback is deregistered when the
// frame's stop_callback object is destroyed). main requests stop through
// the jthread destructors, which run the callbacks on main's thread while
// the stage frames are still alive.
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <mutex>
#include <stop_token>
#include <thread>

struct Channel {
  std::mutex m;
  std::condition_variable_any cv;
  std::deque<int> q;
};

static std::atomic<long> g_callbacks{0};
static std::atomic<long> g_sum{0};

static void stage(std::stop_token st, Channel &in, Channel *out, int id) {
  int batch[16];
  int fill = 0;
  std::atomic<long> stopped_flag{0};
  std::stop_callback cb(st, [&stopped_flag, id] {
    stopped_flag = 1000 + id;  // runs on the requesting thread
    g_callbacks++;
  });
  for (;;) {
    int v;
    {
      std::unique_lock<std::mutex> g(in.m);
      if (!in.cv.wait(g, st, [&] { return !in.q.empty(); })) break;
      v = in.q.front();
      in.q.pop_front();
    }
    batch[fill++] = v * (id + 1);
    if (fill == 16) {
      long s = 0;
      for (int x : batch) s += x;
      if (out) {
        std::lock_guard<std::mutex> g(out->m);
        out->q.push_back((int)(s % 1000));
        out->cv.notify_one();
      } else {
        g_sum += s;
      }
      fill = 0;
    }
  }
  for (int i = 0; i < fill; i++) g_sum += batch[i];
  g_sum += stopped_flag > 0;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  Channel c0, c1, c2;
  {
    std::jthread s2(stage, std::ref(c2), nullptr, 2);
    std::jthread s1(stage, std::ref(c1), &c2, 1);
    std::jthread s0(stage, std::ref(c0), &c1, 0);
    for (int i = 0; i < n * 256; i++) {
      std::lock_guard<std::mutex> g(c0.m);
      c0.q.push_back(i);
      c0.cv.notify_one();
    }
    for (;;) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
      std::scoped_lock g(c0.m, c1.m, c2.m);
      if (c0.q.empty() && c1.q.empty() && c2.q.empty()) break;
    }
  }  // s0, s1, s2 request stop and join here
  std::printf("callbacks %ld\n", g_callbacks.load());
  return 0;
}
