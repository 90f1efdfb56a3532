// EXPECT: none
// shared_ptrs copied into and dropped by many threads; weak_ptrs locked
// across threads; the last owner may be any thread.
#include <atomic>
#include <cstdio>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>
struct Node { std::string name; std::vector<int> vals; std::weak_ptr<Node> peer; };
int main() {
  std::atomic<long> sum{0};
  for (int r = 0; r < 10; r++) {
    auto a = std::make_shared<Node>();
    auto b = std::make_shared<Node>();
    a->name = std::string(30 + r, 'a');
    b->vals.assign(50, r);
    a->peer = b;
    b->peer = a;
    std::vector<std::thread> ts;
    for (int i = 0; i < 6; i++)
      ts.emplace_back([a, b, &sum, i]() mutable {
        auto p = (i & 1) ? a->peer.lock() : b->peer.lock();
        if (p) sum += p->name.size() + p->vals.size();
        if (i == 5) { a.reset(); b.reset(); }
      });
    a.reset();
    b.reset();
    for (auto &t : ts) t.join();
  }
  std::printf("%ld\n", sum.load());
  return 0;
}
