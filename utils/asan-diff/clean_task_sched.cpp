// EXPECT: none
// A discrete-event task scheduler: std::priority_queue of timed std::function tasks, periodic jobs registered by setup functions, std::map counters.
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <memory>
#include <queue>
#include <set>
#include <string>
#include <vector>

class Scheduler {
public:
  using Task = std::function<void()>;

  void at(long time, std::string name, Task t) {
    queue_.push(Item{ time, seq_++, std::move(name), std::move(t) });
  }
  void after(long delay, std::string name, Task t) { at(now_ + delay, std::move(name), std::move(t)); }

  // Runs tasks in time order (ties in submission order) until the queue is empty or time passes `until`.
  int run(long until) {
    int ran = 0;
    while (!queue_.empty() && queue_.top().time <= until) {
      Item it = queue_.top();
      queue_.pop();
      now_ = it.time;
      if (cancelled_.count(it.name)) {
        skipped_++;
        continue;
      }
      counts_[it.name]++;
      it.task();
      ran++;
    }
    now_ = until;
    return ran;
  }

  // Tasks of that name still queued will not run.
  void cancel(const std::string &name) { cancelled_.insert(name); }
  int skipped() const { return skipped_; }
  long now() const { return now_; }
  size_t pending() const { return queue_.size(); }
  const std::map<std::string, int> &counts() const { return counts_; }
  void note(std::string s) { log_.push_back(std::move(s)); }
  const std::vector<std::string> &log() const { return log_; }

private:
  struct Item {
    long time;
    unsigned long seq;
    std::string name;
    Task task;
  };
  struct Later {
    bool operator()(const Item &a, const Item &b) const {
      return a.time != b.time ? a.time > b.time : a.seq > b.seq;
    }
  };
  std::priority_queue<Item, std::vector<Item>, Later> queue_;
  std::map<std::string, int> counts_;
  std::set<std::string> cancelled_;
  int skipped_ = 0;
  std::vector<std::string> log_;
  long now_ = 0;
  unsigned long seq_ = 0;
};

struct ReportState {
  int reports = 0;
  long last_time = -1;
  std::string prefix;
};

// A periodic job that reschedules itself until `times` runs are done.
static void every(Scheduler &s, long period, int times, const std::string &name, std::function<void(int)> body) {
  auto runner = std::make_shared<std::function<void(int)>>();
  *runner = [&s, period, times, name, body, weak = std::weak_ptr<std::function<void(int)>>(runner)](int k) {
    body(k);
    if (k + 1 < times)
      if (auto self = weak.lock()) s.after(period, name, [self, k] { (*self)(k + 1); });
  };
  s.after(period, name, [runner] { (*runner)(0); });
}

__attribute__((noinline)) /* its own file in the real program */
static void setup_reports(Scheduler &s, const char *tag, int period) {
  auto state = std::make_shared<ReportState>();
  state->prefix = std::string("report-") + tag;
  every(s, period, 6, "report", [state, &s](int k) {
    state->reports++;
    long gap = state->last_time < 0 ? 0 : s.now() - state->last_time;
    state->last_time = s.now();
    char buf[96];
    std::snprintf(buf, sizeof buf, "%s #%d at t=%ld (gap %ld)", state->prefix.c_str(), k, s.now(), gap);
    s.note(buf);
  });
}

struct Network {
  std::vector<int> inflight;
  long delivered = 0, bytes = 0;
};

static void send_packet(Scheduler &s, Network &net, int id, int size, int latency) {
  net.inflight.push_back(id);
  s.after(latency, "deliver", [&s, &net, id, size] {
    for (size_t i = 0; i < net.inflight.size(); i++)
      if (net.inflight[i] == id) { net.inflight.erase(net.inflight.begin() + static_cast<long>(i)); break; }
    net.delivered++;
    net.bytes += size;
    if (id % 7 == 0) s.note("ack " + std::to_string(id) + " at " + std::to_string(s.now()));
  });
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string word = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  Scheduler s;
  Network net;

  setup_reports(s, word.substr(0, 4).c_str(), 25);
  every(s, 10, n, "tick", [&s, &net, &word](int k) {
    int latency = 3 + (word[static_cast<size_t>(k) % word.size()] - 'A') % 17;
    send_packet(s, net, k, 100 + 10 * k, latency);
  });
  s.at(55, "burst", [&s, &net] {
    for (int i = 0; i < 5; i++) send_packet(s, net, 1000 + i, 1500, 2 + i);
  });

  bool timed_out = false;
  s.at(500, "timeout", [&timed_out] { timed_out = true; });
  s.at(600, "timeout", [&timed_out] { timed_out = true; });

  int ran = 0;
  for (long t = 20; t <= 200; t += 20) {
    ran += s.run(t);
    if (t % 60 == 0)
      std::printf("t=%3ld ran %3d pending %2zu inflight %2zu delivered %ld\n", t, ran, s.pending(),
                  net.inflight.size(), net.delivered);
  }
  if (net.inflight.empty()) s.cancel("timeout");
  ran += s.run(1000);
  std::printf("done at t=%ld: %d tasks (%d cancelled), %ld packets, %ld bytes%s\n", s.now(), ran, s.skipped(),
              net.delivered, net.bytes, timed_out ? ", timed out" : "");
  for (const auto &kv : s.counts()) std::printf("  %-8s %d\n", kv.first.c_str(), kv.second);
  for (const std::string &line : s.log()) std::printf("  %s\n", line.c_str());
  return 0;
}
