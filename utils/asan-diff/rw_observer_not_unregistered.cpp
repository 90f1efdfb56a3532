// EXPECT: heap-use-after-free
// An observer pattern: a price feed notifies registered listeners through raw pointers. A
// listener registers itself in its constructor, but its destructor does not unregister, so
// after a short-lived listener is destroyed the next notification calls into freed memory.
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

struct Tick {
  std::string symbol;
  double price;
};

class Feed;

class Listener {
public:
  explicit Listener(Feed &feed);
  virtual ~Listener() = default;
  virtual void on_tick(const Tick &t) = 0;
};

class Feed {
public:
  void subscribe(Listener *l) { listeners_.push_back(l); }
  void unsubscribe(Listener *l) {
    for (size_t i = 0; i < listeners_.size(); i++)
      if (listeners_[i] == l) { listeners_.erase(listeners_.begin() + i); return; }
  }
  void publish(const Tick &t) {
    published_++;
    for (Listener *l : listeners_) l->on_tick(t); // BUG
  }
  int published() const { return published_; }

private:
  std::vector<Listener *> listeners_;
  int published_ = 0;
};

Listener::Listener(Feed &feed) { feed.subscribe(this); }

class Averager : public Listener {
public:
  using Listener::Listener;
  void on_tick(const Tick &t) override {
    sum_ += t.price;
    n_++;
  }
  double mean() const { return n_ ? sum_ / n_ : 0; }

private:
  double sum_ = 0;
  int n_ = 0;
};

class Alert : public Listener {
public:
  Alert(Feed &f, std::string sym, double limit) : Listener(f), sym_(std::move(sym)), limit_(limit) {}
  void on_tick(const Tick &t) override {
    if (t.symbol == sym_ && t.price > limit_) fired_++;
  }
  int fired() const { return fired_; }

private:
  std::string sym_;
  double limit_;
  int fired_ = 0;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string letters = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  Feed feed;
  Averager avg(feed);
  std::string syms[3] = { letters.substr(0, 3), letters.substr(3, 4), letters.substr(7, 2) };
  double price = 100;
  for (int i = 0; i < n; i++) {
    price += (i % 3 - 1) * 1.5;
    feed.publish({ syms[i % 3], price });
  }
  {
    // A temporary alert for the first half of the second session.
    auto alert = std::make_unique<Alert>(feed, syms[0], 99.0);
    for (int i = 0; i < n / 2; i++) feed.publish({ syms[i % 3], price + i });
    std::printf("alert fired %d times\n", alert->fired());
  }
  for (int i = 0; i < n; i++) feed.publish({ syms[i % 3], price - i });
  std::printf("%d ticks, mean %.2f\n", feed.published(), avg.mean());
  return 0;
}
