// EXPECT: stack-use-after-return
// A tiny task scheduler: callbacks are queued as std::function and run by a loop later. The
// retry helper queues a lambda that captures everything by reference ([&]), including its
// by-value parameter fail_until and the local `started`; by the time the loop runs the
// callback, the helper has returned and those references dangle.
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <functional>
#include <string>

struct Task {
  long due;
  std::function<void()> fn;
};

class Scheduler {
public:
  void at(long due, std::function<void()> fn) {
    auto it = queue_.begin();
    while (it != queue_.end() && it->due <= due) ++it;
    queue_.insert(it, Task{ due, std::move(fn) });
  }
  long now() const { return now_; }
  int run() {
    int ran = 0;
    while (!queue_.empty()) {
      Task t = std::move(queue_.front());
      queue_.pop_front();
      now_ = t.due;
      t.fn();
      ran++;
    }
    return ran;
  }

private:
  std::deque<Task> queue_;
  long now_ = 0;
};

struct Request {
  std::string url;
  int attempts = 0;
  bool done = false;
};

static bool try_fetch(Request &r, int fail_until) {
  r.attempts++;
  return r.attempts > fail_until;
}

static void schedule_retry(Scheduler &s, Request &r, int base_ms, int fail_until) {
  int backoff = base_ms << r.attempts; // exponential backoff for this round
  long started = s.now();
  s.at(s.now() + backoff, [&]() {
    if (try_fetch(r, fail_until)) { // BUG
      r.done = true;
      std::printf("%s ok after %d attempts, waited %ld ms\n", r.url.c_str(), r.attempts,
                  s.now() - started);
    } else {
      schedule_retry(s, r, base_ms, fail_until);
    }
  });
  std::printf("%s: retry in %d ms\n", r.url.c_str(), backoff);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string host = argc > 2 ? argv[2] : "example";
  Scheduler s;
  Request reqs[3];
  for (int i = 0; i < 3; i++) {
    reqs[i].url = "https://" + host.substr(0, 5 + i) + ".test/item/" + std::to_string(i);
    if (!try_fetch(reqs[i], i)) schedule_retry(s, reqs[i], n, i % 3);
    else reqs[i].done = true;
  }
  int ran = s.run();
  int done = 0;
  for (const Request &r : reqs) done += r.done;
  std::printf("%d tasks ran, %d/3 done, clock %ld\n", ran, done, s.now());
  return 0;
}
