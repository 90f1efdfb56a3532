// EXPECT: heap-use-after-free
// a price feed notifies registered observers through a vector of raw pointers; a strategy is deleted when it hits its loss limit but never detaches, and the next notify calls through its freed vtable
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

class Observer {
 public:
  virtual ~Observer() = default;
  virtual void on_price(const std::string &sym, double price) = 0;
  virtual const char *name() const = 0;
};

class Feed {
 public:
  void attach(Observer *o) { observers_.push_back(o); }
  void detach(Observer *o) { observers_.erase(std::remove(observers_.begin(), observers_.end(), o), observers_.end()); }
  void publish(const std::string &sym, double price) {
    ticks_++;
    for (size_t i = 0; i < observers_.size(); i++) observers_[i]->on_price(sym, price); // BUG
  }
  size_t count() const { return observers_.size(); }
  unsigned ticks() const { return ticks_; }

 private:
  std::vector<Observer *> observers_;
  unsigned ticks_ = 0;
};

class Logger : public Observer {
 public:
  void on_price(const std::string &sym, double price) override {
    lines_++;
    checksum_ = checksum_ * 31 + (unsigned)(price * 100) + (unsigned)sym.size();
  }
  const char *name() const override { return "logger"; }
  unsigned lines() const { return lines_; }
  unsigned checksum() const { return checksum_; }

 private:
  unsigned lines_ = 0, checksum_ = 0;
};

class MeanReversion : public Observer {
 public:
  MeanReversion(std::string sym, double limit) : sym_(std::move(sym)), limit_(limit) {}
  void on_price(const std::string &sym, double price) override {
    if (sym != sym_) return;
    if (n_ > 0) {
      double mean = sum_ / n_;
      if (price < mean * 0.97 && position_ == 0) { position_ = 1; entry_ = price; }
      else if (price > mean * 1.02 && position_ == 1) { pnl_ += price - entry_; position_ = 0; }
      if (position_ == 1) unrealized_ = price - entry_;
    }
    sum_ += price;
    n_++;
  }
  const char *name() const override { return sym_.c_str(); }
  bool stopped_out() const { return pnl_ + unrealized_ < -limit_; }
  double pnl() const { return pnl_; }

 private:
  std::string sym_;
  double limit_;
  double sum_ = 0, entry_ = 0, pnl_ = 0, unrealized_ = 0;
  int n_ = 0, position_ = 0;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  Feed feed;
  Logger log;
  feed.attach(&log);
  std::vector<MeanReversion *> strategies;
  const char *syms[] = {"ACME", "BOLT", "CRUX"};
  for (int i = 0; i < 3; i++) {
    strategies.push_back(new MeanReversion(syms[i], 2.0 + i));
    feed.attach(strategies.back());
  }
  for (int t = 0; t < n * 3; t++) {
    for (int s = 0; s < 3; s++) {
      double base = 50 + 10 * s;
      double wiggle = (alpha[(size_t)(t * 3 + s) % alpha.size()] - 'A') * (s == 1 ? -0.9 : 0.3);
      feed.publish(syms[s], base + wiggle + (s == 1 ? -t * 0.8 : 0));
    }
    /* retire strategies that lost too much */
    for (auto it = strategies.begin(); it != strategies.end();) {
      if ((*it)->stopped_out()) {
        std::printf("t=%d stopping %s pnl %.2f\n", t, (*it)->name(), (*it)->pnl());
        delete *it;
        it = strategies.erase(it);
      } else {
        ++it;
      }
    }
  }
  std::printf("ticks %u observers %zu log %u/%08x\n", feed.ticks(), feed.count(), log.lines(), log.checksum());
  for (MeanReversion *m : strategies) {
    feed.detach(m);
    delete m;
  }
  return 0;
}
