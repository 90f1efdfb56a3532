// EXPECT: none
// An observer list where listeners unregister in their destructors (RAII), listeners may
// unsubscribe themselves or others from inside a notification (the feed iterates a snapshot
// and skips entries removed meanwhile), and short-lived listeners come and go between ticks.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

class Feed;

class Listener {
public:
  explicit Listener(Feed &f);
  virtual ~Listener();
  virtual void on_tick(const std::string &sym, double price) = 0;

protected:
  Feed &feed_;
};

class Feed {
public:
  void subscribe(Listener *l) { live_.push_back(l); }
  void unsubscribe(Listener *l) { live_.erase(std::remove(live_.begin(), live_.end(), l), live_.end()); }
  bool subscribed(Listener *l) const { return std::find(live_.begin(), live_.end(), l) != live_.end(); }
  void publish(const std::string &sym, double price) {
    std::vector<Listener *> snapshot = live_;
    for (Listener *l : snapshot)
      if (subscribed(l)) l->on_tick(sym, price);
    ticks_++;
  }
  size_t listeners() const { return live_.size(); }
  int ticks() const { return ticks_; }

private:
  std::vector<Listener *> live_;
  int ticks_ = 0;
};

Listener::Listener(Feed &f) : feed_(f) { feed_.subscribe(this); }
Listener::~Listener() { feed_.unsubscribe(this); }

class Counter : public Listener {
public:
  using Listener::Listener;
  void on_tick(const std::string &, double) override { n++; }
  int n = 0;
};

// Stops listening after `limit` ticks above a threshold: unsubscribes itself mid-notification.
class OneShot : public Listener {
public:
  OneShot(Feed &f, double threshold, int limit) : Listener(f), threshold_(threshold), limit_(limit) {}
  void on_tick(const std::string &sym, double price) override {
    if (price > threshold_ && ++fired_ == limit_) {
      last_ = sym;
      feed_.unsubscribe(this);
    }
  }
  int fired_ = 0;
  std::string last_;

private:
  double threshold_;
  int limit_;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string letters = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  Feed feed;
  Counter all(feed);
  OneShot shot(feed, 100.5, 3);
  double price = 100;
  for (int i = 0; i < n * 4; i++) {
    std::string sym = letters.substr(i % 20, 2 + i % 3);
    price += (i % 5 - 2) * 0.75;
    if (i % 7 == 0) {
      auto temp = std::make_unique<Counter>(feed); // unregisters when it goes out of scope
      feed.publish(sym, price);
      feed.publish(sym, price + 1);
    } else {
      feed.publish(sym, price);
    }
  }
  std::printf("%d ticks, counter %d, one-shot fired %d (last %s), %zu listeners left\n", feed.ticks(), all.n,
              shot.fired_, shot.last_.c_str(), feed.listeners());
  return 0;
}
