// EXPECT: leak
// A Subject keeps its observers in a vector of shared_ptr, and each Observer
// keeps a shared_ptr back to the Subject it watches. When the application
// drops its handle to the subject, the subject <-> observer cycles keep every
// count at one: the subject, its observer vector and the observers (with
// their log buffers) are never destroyed, and nothing reaches them.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

struct Observer;

struct Subject {
  std::vector<std::shared_ptr<Observer>> observers;
  int value = 0;
  void notify();
};

struct Observer {
  std::shared_ptr<Subject> subject; // BUG: should be std::weak_ptr
  std::string log;
  void on_change(int v) { log += std::to_string(v) + ";"; }
};

void Subject::notify() {
  for (auto &o : observers) o->on_change(value);
}

__attribute__((noinline)) static size_t run(int n) {
  auto s = std::make_shared<Subject>();
  for (int i = 0; i < 3; i++) {
    auto o = std::make_shared<Observer>();
    o->subject = s;
    o->log.reserve(static_cast<size_t>(n) * 8 + 40);
    s->observers.push_back(o);
  }
  for (int i = 0; i < n; i++) {
    s->value = i * 11;
    s->notify();
  }
  return s->observers[0]->log.size();
}

__attribute__((noinline, no_sanitize("address"))) static void scrub() {
  char z[16384];
  std::memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  size_t len = run(n);
  scrub();
  std::printf("log length %zu\n", len);
  return 0;
}
