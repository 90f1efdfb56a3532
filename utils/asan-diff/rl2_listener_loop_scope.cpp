// EXPECT: stack-use-after-scope
// each loop iteration builds a Listener on the stack and registers its address; the bus notifies them after the loop, when they are out of scope
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

struct Listener {
  int id;
  int threshold;
  long received;
  void on_value(int v) {
    if (v >= threshold) received += v; // BUG
  }
};

class Bus {
public:
  void attach(Listener *l) { listeners_.push_back(l); }
  void emit(int v) {
    for (Listener *l : listeners_) l->on_value(v);
    emitted_++;
  }
  size_t count() const { return listeners_.size(); }
  int emitted() const { return emitted_; }

private:
  std::vector<Listener *> listeners_;
  int emitted_ = 0;
};

struct Config {
  std::vector<int> thresholds;
  std::string label;
};

static Config parse_config(int n, const std::string &word) {
  Config c;
  for (int i = 0; i < n / 3 + 1; i++) c.thresholds.push_back((word[i % word.size()] - 'A') % 7);
  c.label = word.substr(0, 5);
  return c;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string word = argc > 2 ? argv[2] : "ABCDEFG";
  Config cfg = parse_config(n, word);
  Bus bus;
  Listener always{0, 0, 0};
  bus.attach(&always);
  for (size_t i = 0; i < cfg.thresholds.size(); i++) {
    Listener l{static_cast<int>(i + 1), cfg.thresholds[i], 0};
    bus.attach(&l);                 // the address of a loop-local
    bus.emit(static_cast<int>(i));  // fine here
  }
  for (int v = 0; v < n; v++) bus.emit(v * 3 % 11);
  std::printf("%s: listeners=%zu emitted=%d always=%ld\n", cfg.label.c_str(), bus.count(),
              bus.emitted(), always.received);
  return 0;
}
