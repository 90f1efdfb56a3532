// EXPECT: none
// an event loop: std::function handlers capturing by value and by reference to objects that outlive them, std::variant messages, std::optional results, timers in a priority_queue
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <optional>
#include <queue>
#include <string>
#include <variant>
#include <vector>

struct Tick { long t; };
struct Text { std::string body; };
struct Resize { int w, h; };
using Msg = std::variant<Tick, Text, Resize>;

struct Timer {
  long when;
  int id;
  bool operator>(const Timer &o) const { return when != o.when ? when > o.when : id > o.id; }
};

class Loop {
public:
  using Handler = std::function<void(const Msg &)>;
  int on(Handler h) { handlers_.emplace(next_id_, std::move(h)); return next_id_++; }
  void off(int id) { handlers_.erase(id); }
  void post(Msg m) { queue_.push_back(std::move(m)); }
  void after(long dt, std::function<void()> fn) {
    timers_.push({now_ + dt, timer_id_});
    timer_fns_.emplace(timer_id_++, std::move(fn));
  }
  int run(long until) {
    int dispatched = 0;
    while (now_ < until) {
      while (!queue_.empty()) {
        Msg m = std::move(queue_.front());
        queue_.erase(queue_.begin());
        std::vector<int> ids;
        for (auto &kv : handlers_) ids.push_back(kv.first);
        for (int id : ids) {
          auto it = handlers_.find(id);   // a handler may remove others
          if (it != handlers_.end()) { it->second(m); dispatched++; }
        }
      }
      now_++;
      while (!timers_.empty() && timers_.top().when <= now_) {
        Timer t = timers_.top();
        timers_.pop();
        auto fn = std::move(timer_fns_[t.id]);
        timer_fns_.erase(t.id);
        fn();
      }
      post(Tick{now_});
    }
    return dispatched;
  }
  long now() const { return now_; }

private:
  std::map<int, Handler> handlers_;
  std::vector<Msg> queue_;
  std::priority_queue<Timer, std::vector<Timer>, std::greater<Timer>> timers_;
  std::map<int, std::function<void()>> timer_fns_;
  long now_ = 0;
  int next_id_ = 0, timer_id_ = 0;
};

struct Stats {
  long ticks = 0, chars = 0, area = 0;
  std::optional<std::string> longest;
};

static std::optional<int> parse_int(const std::string &s) {
  if (s.empty() || s.size() > 9) return std::nullopt;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string word = argc > 2 ? argv[2] : "event";
  Loop loop;
  Stats st;
  int numbers = 0;
  int text_handler = loop.on([&st](const Msg &m) {
    if (auto *t = std::get_if<Text>(&m)) {
      st.chars += static_cast<long>(t->body.size());
      if (!st.longest || t->body.size() > st.longest->size()) st.longest = t->body;
    }
  });
  loop.on([&st](const Msg &m) {
    std::visit([&st](auto &&x) {
      using T = std::decay_t<decltype(x)>;
      if constexpr (std::is_same_v<T, Tick>) st.ticks += x.t;
      else if constexpr (std::is_same_v<T, Resize>) st.area += static_cast<long>(x.w) * x.h;
    }, m);
  });
  loop.on([&numbers](const Msg &m) {
    if (auto *t = std::get_if<Text>(&m))
      if (parse_int(t->body)) numbers++;
  });
  for (int i = 0; i < n; i++) {
    std::string body = i % 3 ? word.substr(0, 1 + i % word.size()) + std::string(static_cast<size_t>(i * 3), '.') : std::to_string(i * 1234);
    loop.after(i, [&loop, body]() { loop.post(Text{body}); });
    loop.after(i * 2 + 1, [&loop, i]() { loop.post(Resize{i + 1, i + 2}); });
  }
  loop.after(n, [&loop, text_handler]() { loop.off(text_handler); });
  int dispatched = loop.run(n * 3);
  std::printf("dispatched=%d ticks=%ld chars=%ld area=%ld numbers=%d longest=%zu\n", dispatched, st.ticks, st.chars,
              st.area, numbers, st.longest ? st.longest->size() : 0);
  return 0;
}
