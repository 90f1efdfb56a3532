// EXPECT: none
// an event bus holds weak_ptrs to its subscribers and prunes the expired ones; subscribers also unsubscribe themselves in their destructors, and some are destroyed in the middle of a publish
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

class Subscriber;

class Bus {
 public:
  void subscribe(const std::shared_ptr<Subscriber> &s) { subs_.push_back(s); }
  void unsubscribe(const Subscriber *s);
  void publish(int topic, const std::string &payload);
  size_t size() const { return subs_.size(); }
  int delivered() const { return delivered_; }

 private:
  std::vector<std::weak_ptr<Subscriber>> subs_;
  int delivered_ = 0;
};

class Subscriber {
 public:
  Subscriber(Bus &bus, std::string name, int mask) : bus_(bus), name_(std::move(name)), mask_(mask) {}
  virtual ~Subscriber() { bus_.unsubscribe(this); }
  bool wants(int topic) const { return mask_ & (1 << topic); }
  virtual void on_event(int topic, const std::string &payload) {
    received_++;
    bytes_ += payload.size() + (size_t)topic;
  }
  int received() const { return received_; }
  const std::string &name() const { return name_; }

 protected:
  Bus &bus_;
  std::string name_;
  int mask_;
  int received_ = 0;
  size_t bytes_ = 0;
};

void Bus::unsubscribe(const Subscriber *s) {
  subs_.erase(std::remove_if(subs_.begin(), subs_.end(),
                             [s](const std::weak_ptr<Subscriber> &w) {
                               auto p = w.lock();
                               return !p || p.get() == s;
                             }),
              subs_.end());
}

void Bus::publish(int topic, const std::string &payload) {
  /* take strong references first so that a subscriber released during delivery stays alive until we are done */
  std::vector<std::shared_ptr<Subscriber>> live;
  for (auto &w : subs_)
    if (auto p = w.lock()) live.push_back(p);
  for (auto &p : live)
    if (p->wants(topic)) {
      p->on_event(topic, payload);
      delivered_++;
    }
}

class Quitter : public Subscriber {
 public:
  Quitter(Bus &b, std::string n, std::vector<std::shared_ptr<Subscriber>> &owner)
      : Subscriber(b, std::move(n), 0xF), owner_(owner) {}
  void on_event(int topic, const std::string &payload) override {
    Subscriber::on_event(topic, payload);
    if (received_ == 3) {
      /* drop our owner's reference; the bus's strong copy keeps us alive for this call */
      for (auto &o : owner_)
        if (o.get() == this) o.reset();
    }
  }

 private:
  std::vector<std::shared_ptr<Subscriber>> &owner_;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  Bus bus;
  std::vector<std::shared_ptr<Subscriber>> owned;
  for (int i = 0; i < 5; i++) {
    owned.push_back(std::make_shared<Subscriber>(bus, "sub" + std::to_string(i), 1 << (i % 4) | 1));
    bus.subscribe(owned.back());
  }
  owned.push_back(std::make_shared<Quitter>(bus, "quitter", owned));
  bus.subscribe(owned.back());
  for (int i = 0; i < n * 2; i++) {
    bus.publish(i % 4, alpha.substr((size_t)i % 6, 2 + i % 5));
    if (i == n) owned[1].reset();
  }
  int total = 0;
  for (auto &s : owned)
    if (s) total += s->received();
  std::printf("bus has %zu subscribers, %d deliveries, %d received by survivors\n", bus.size(), bus.delivered(), total);
  return 0;
}
