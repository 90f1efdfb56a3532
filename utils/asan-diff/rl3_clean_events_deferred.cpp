// EXPECT: none
// an event bus whose handlers may unsubscribe themselves (deferred until the dispatch ends), timers whose callbacks capture by value or through shared_ptr, and observers that detach in their destructors
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <memory>
#include <queue>
#include <string>
#include <vector>

class Bus {
public:
  using Fn = std::function<void(Bus &, int id, const std::string &)>;
  int subscribe(const std::string &topic, Fn fn) {
    int id = next_++;
    subs_[topic].push_back(std::make_unique<Sub>(Sub{id, std::move(fn), false}));
    return id;
  }
  void unsubscribe(int id) { pending_.push_back(id); }
  int publish(const std::string &topic, const std::string &payload) {
    auto it = subs_.find(topic);
    if (it == subs_.end()) return 0;
    depth_++;
    int n = 0;
    for (size_t i = 0; i < it->second.size(); i++) {
      Sub *s = it->second[i].get();
      if (s->dead) continue;
      s->fn(*this, s->id, payload);
      n++;
    }
    if (--depth_ == 0) reap();
    return n;
  }
  size_t live() const {
    size_t n = 0;
    for (auto &kv : subs_) n += kv.second.size();
    return n;
  }

private:
  struct Sub {
    int id;
    Fn fn;
    bool dead;
  };
  void reap() {
    for (int id : pending_)
      for (auto &kv : subs_)
        kv.second.erase(std::remove_if(kv.second.begin(), kv.second.end(),
                                       [id](const std::unique_ptr<Sub> &s) { return s->id == id; }),
                        kv.second.end());
    pending_.clear();
  }
  std::map<std::string, std::vector<std::unique_ptr<Sub>>> subs_;
  std::vector<int> pending_;
  int next_ = 1, depth_ = 0;
};

struct Timer {
  long due;
  int seq;
  std::function<void(long)> fn;
  bool operator>(const Timer &o) const { return due != o.due ? due > o.due : seq > o.seq; }
};

class Wheel {
public:
  void after(long d, std::function<void(long)> fn) { q_.push(Timer{now_ + d, seq_++, std::move(fn)}); }
  int run(long until) {
    int fired = 0;
    while (!q_.empty() && q_.top().due <= until) {
      Timer t = q_.top();
      q_.pop();
      now_ = t.due;
      t.fn(now_);
      fired++;
    }
    return fired;
  }

private:
  std::priority_queue<Timer, std::vector<Timer>, std::greater<Timer>> q_;
  long now_ = 0;
  int seq_ = 0;
};

struct Counters {
  int heartbeats = 0;
  std::string last;
};

static void setup(Wheel &w, std::shared_ptr<Counters> c, int period, const std::string &name) {
  int missed = 0; // captured by value: each callback has its own copy
  for (int k = 1; k <= 3; k++)
    w.after(period * k, [c, missed, name](long now) mutable {
      c->heartbeats++;
      missed += now % 7 == 0;
      c->last = name + "@" + std::to_string(now) + "/" + std::to_string(missed);
    });
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 4;
  std::string user = argc > 2 ? argv[2] : "guest";
  Bus bus;
  int logins = 0;
  std::string first;
  bus.subscribe("login", [&](Bus &, int, const std::string &) { logins++; });
  bus.subscribe("login", [&](Bus &b, int id, const std::string &p) {
    first = p;
    b.unsubscribe(id);
    b.publish("audit", p); // nested dispatch while a removal is pending
  });
  bus.subscribe("audit", [&](Bus &, int, const std::string &p) { logins += (int)p.size() * 0; });
  for (int i = 0; i < n; i++) bus.publish("login", user.substr((size_t)i % user.size(), 5));
  Wheel w;
  auto counters = std::make_shared<Counters>();
  setup(w, counters, n, user.substr(0, 4));
  int fired = w.run(1000);
  std::printf("logins %d, first %s, %zu subscriptions left, %d timers, %d beats, last %s\n", logins,
              first.c_str(), bus.live(), fired, counters->heartbeats, counters->last.c_str());
  return 0;
}
