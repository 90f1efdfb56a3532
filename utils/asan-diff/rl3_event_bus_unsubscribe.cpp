// EXPECT: heap-use-after-free
// an event bus dispatches to heap-allocated subscriptions; a one-shot handler unsubscribes itself from inside its callback and the dispatcher then bumps the deleted subscription's counter
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <string>
#include <vector>

class Bus;

struct Subscription {
  int id;
  std::string topic;
  std::function<void(Bus &, Subscription &, const std::string &)> fn;
  int delivered = 0;
};

class Bus {
public:
  ~Bus() {
    for (auto &kv : subs_)
      for (Subscription *s : kv.second) delete s;
  }
  int subscribe(const std::string &topic,
                std::function<void(Bus &, Subscription &, const std::string &)> fn) {
    Subscription *s = new Subscription{next_id_++, topic, std::move(fn)};
    subs_[topic].push_back(s);
    return s->id;
  }
  void unsubscribe(int id) {
    for (auto &kv : subs_) {
      auto &v = kv.second;
      for (size_t i = 0; i < v.size(); i++) {
        if (v[i]->id != id) continue;
        delete v[i];
        v[i] = nullptr; // compacted after dispatch
        return;
      }
    }
  }
  int publish(const std::string &topic, const std::string &payload) {
    auto it = subs_.find(topic);
    if (it == subs_.end()) return 0;
    int n = 0;
    std::vector<Subscription *> snapshot = it->second;
    for (Subscription *s : snapshot) {
      if (!s) continue;
      s->fn(*this, *s, payload);
      s->delivered++; // BUG
      n++;
    }
    compact(it->second);
    return n;
  }

private:
  static void compact(std::vector<Subscription *> &v) {
    size_t k = 0;
    for (Subscription *s : v)
      if (s) v[k++] = s;
    v.resize(k);
  }
  std::map<std::string, std::vector<Subscription *>> subs_;
  int next_id_ = 1;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 3;
  std::string user = argc > 2 ? argv[2] : "guest";
  Bus bus;
  int logins = 0;
  size_t bytes = 0;
  std::string first_user;
  bus.subscribe("login", [&](Bus &, Subscription &, const std::string &p) { logins++; bytes += p.size(); });
  bus.subscribe("login", [&](Bus &b, Subscription &self, const std::string &p) {
    first_user = p;
    b.unsubscribe(self.id);
  });
  bus.subscribe("logout", [&](Bus &, Subscription &, const std::string &p) { bytes += p.size() * 2; });
  for (int i = 0; i < n; i++) {
    std::string who = user.substr((size_t)i % user.size(), 4);
    bus.publish("login", who);
    if (i % 2) bus.publish("logout", who);
  }
  std::printf("logins=%d bytes=%zu first=%s\n", logins, bytes, first_user.c_str());
  return 0;
}
