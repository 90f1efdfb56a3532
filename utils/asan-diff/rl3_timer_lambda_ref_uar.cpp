// EXPECT: stack-use-after-return
// a timer wheel stores std::function callbacks; a setup function registers a lambda capturing its local counter by reference, and the callback fires after setup has returned
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <queue>
#include <string>
#include <vector>

struct Timer {
  long due;
  int id;
  std::function<void(long)> fn;
};

struct Later {
  bool operator()(const Timer &a, const Timer &b) const {
    return a.due != b.due ? a.due > b.due : a.id > b.id;
  }
};

class Scheduler {
public:
  int after(long delay, std::function<void(long)> fn) {
    int id = next_id_++;
    q_.push(Timer{now_ + delay, id, std::move(fn)});
    return id;
  }
  void cancel(int id) { cancelled_.push_back(id); }
  void run_until(long t) {
    while (!q_.empty() && q_.top().due <= t) {
      Timer tm = q_.top();
      q_.pop();
      if (std::find(cancelled_.begin(), cancelled_.end(), tm.id) != cancelled_.end()) continue;
      now_ = tm.due;
      tm.fn(now_);
      fired_++;
    }
    now_ = t;
  }
  long now() const { return now_; }
  int fired() const { return fired_; }

private:
  std::priority_queue<Timer, std::vector<Timer>, Later> q_;
  long now_ = 0;
  int next_id_ = 1;
  std::vector<int> cancelled_;
  int fired_ = 0;
};

struct Stats {
  int heartbeats = 0;
  std::string last;
};

__attribute__((noinline)) static void setup_heartbeat(Scheduler &s, Stats &stats, int period,
                                                      const std::string &name) {
  int missed = 0;
  for (int k = 1; k <= 3; k++) {
    s.after(period * k, [&stats, &missed, name, k](long now) {
      stats.heartbeats++;
      stats.last = name + "@" + std::to_string(now);
      missed += now % 7 == 0; // BUG
      (void)k;
    });
  }
  std::printf("heartbeat %s scheduled, %d missed so far\n", name.c_str(), missed);
}

int main(int argc, char **argv) {
  int period = argc > 1 ? std::atoi(argv[1]) : 5;
  std::string name = argc > 2 ? argv[2] : "node";
  Scheduler s;
  Stats stats;
  s.after(1, [&stats](long) { stats.last = "boot"; });
  int stale = s.after(2, [&stats](long) { stats.last = "stale"; });
  s.cancel(stale);
  setup_heartbeat(s, stats, period, name.substr(0, 6));
  s.run_until(100);
  std::printf("fired %d, heartbeats %d, last %s\n", s.fired(), stats.heartbeats,
              stats.last.c_str());
  return 0;
}
