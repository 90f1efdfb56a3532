// EXPECT: none
// A retry scheduler where queued std::function callbacks outlive the function that queued
// them: they capture their state by value or through a shared_ptr, never by reference to a
// local, and re-queue themselves until the request succeeds.
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <string>
#include <vector>

struct Task {
  long due;
  std::function<void()> fn;
};

class Loop {
public:
  void at(long due, std::function<void()> fn) { tasks_.push_back({ due, std::move(fn) }); }
  int run() {
    int ran = 0;
    while (!tasks_.empty()) {
      size_t best = 0;
      for (size_t i = 1; i < tasks_.size(); i++)
        if (tasks_[i].due < tasks_[best].due) best = i;
      Task t = std::move(tasks_[best]);
      tasks_.erase(tasks_.begin() + static_cast<long>(best));
      now_ = t.due;
      t.fn(); // may push new tasks: t was moved out first
      ran++;
    }
    return ran;
  }
  long now() const { return now_; }

private:
  std::vector<Task> tasks_;
  long now_ = 0;
};

struct Attempt {
  std::string url;
  int tries = 0;
  long first_try = 0;
  bool ok = false;
};

static void schedule(Loop &loop, std::shared_ptr<Attempt> a, int base, int fail_until) {
  int backoff = base << a->tries;
  long queued_at = loop.now();
  loop.at(loop.now() + backoff, [&loop, a, base, fail_until, backoff, queued_at]() {
    if (++a->tries > fail_until) {
      a->ok = true;
      std::printf("%s: ok after %d tries (waited %d ms since %ld, %ld in total)\n", a->url.c_str(), a->tries, backoff,
                  queued_at, loop.now() - a->first_try);
    } else {
      schedule(loop, a, base, fail_until);
    }
  });
}

int main(int argc, char **argv) {
  int base = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string host = argc > 2 ? argv[2] : "example";
  Loop loop;
  std::vector<std::shared_ptr<Attempt>> all;
  for (int i = 0; i < 4; i++) {
    auto a = std::make_shared<Attempt>();
    a->url = "https://" + host.substr(0, 4 + i) + ".test/" + std::to_string(i);
    a->first_try = loop.now();
    all.push_back(a);
    schedule(loop, a, base, i + 1);
  }
  int ran = loop.run();
  int ok = 0;
  for (auto &a : all) ok += a->ok;
  std::printf("%d callbacks, %d/4 ok, clock %ld\n", ran, ok, loop.now());
  return 0;
}
