// EXPECT: heap-use-after-free
// a Subject keeps raw Observer pointers; a temporary panel is deleted without detaching, and the next notify makes a virtual call through the freed object
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

class Observer {
public:
  virtual ~Observer() = default;
  virtual void changed(const std::string &key, int value) = 0;
};

class Subject {
public:
  void attach(Observer *o) { obs_.push_back(o); }
  void detach(Observer *o) { obs_.erase(std::remove(obs_.begin(), obs_.end(), o), obs_.end()); }
  void set(const std::string &key, int value) {
    values_.emplace_back(key, value);
    for (Observer *o : obs_) o->changed(key, value); // BUG
  }
  size_t observers() const { return obs_.size(); }

private:
  std::vector<Observer *> obs_;
  std::vector<std::pair<std::string, int>> values_;
};

class Logger : public Observer {
public:
  void changed(const std::string &key, int value) override {
    lines_++;
    last_ = key + "=" + std::to_string(value);
  }
  int lines_ = 0;
  std::string last_;
};

class Panel : public Observer {
public:
  Panel(Subject &s, std::string title) : s_(s), title_(std::move(title)) { s_.attach(this); }
  ~Panel() override {
    if (auto_detach_) s_.detach(this);
  }
  void changed(const std::string &key, int value) override {
    if (key.compare(0, title_.size(), title_) == 0) sum_ += value;
  }
  void set_auto_detach(bool b) { auto_detach_ = b; }
  long sum() const { return sum_; }

private:
  Subject &s_;
  std::string title_;
  long sum_ = 0;
  bool auto_detach_ = true;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 4;
  std::string prefix = argc > 2 ? argv[2] : "cpu";
  Subject s;
  Logger log;
  s.attach(&log);
  Panel main_panel(s, prefix.substr(0, 3));
  long popup_sum = 0;
  for (int i = 0; i < n; i++) {
    std::string key = prefix.substr((size_t)i % 4, 3) + "." + std::to_string(i);
    if (i == n / 2) {
      Panel *popup = new Panel(s, prefix.substr(1, 2));
      popup->set_auto_detach(i % 2 == 0); // the popup is "owned" by its window... sometimes
      s.set(key, i * 10);
      popup_sum = popup->sum();
      delete popup;
      continue;
    }
    s.set(key, i);
  }
  std::printf("%d lines, last %s, main %ld, popup %ld, %zu observers\n", log.lines_,
              log.last_.c_str(), main_panel.sum(), popup_sum, s.observers());
  return 0;
}
