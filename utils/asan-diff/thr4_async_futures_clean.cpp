// EXPECT: none
// A chain of std::async tasks passing std::vector and std::string results
// by value, a std::promise per stage, and a std::shared_future read by 8
// threads at once.
#include <cstdio>
#include <future>
#include <numeric>
#include <string>
#include <thread>
#include <vector>
static std::vector<int> stage1(int n) {
  std::vector<int> v(n);
  std::iota(v.begin(), v.end(), n);
  return v;
}
static std::string stage2(std::vector<int> v) {
  std::string s;
  for (int x : v) s += std::to_string(x % 97);
  return s;
}
int main() {
  long total = 0;
  for (int r = 0; r < 20; r++) {
    auto f1 = std::async(std::launch::async, stage1, 100 + r * 13);
    auto f2 = std::async(std::launch::async, [&f1] { return stage2(f1.get()); });
    std::promise<std::string> pr;
    std::shared_future<std::string> shared = pr.get_future().share();
    std::vector<std::future<size_t>> readers;
    for (int i = 0; i < 8; i++)
      readers.push_back(std::async(std::launch::async, [shared, i] {
        const std::string &s = shared.get();
        return s.size() + (size_t)s[i % s.size()];
      }));
    pr.set_value(f2.get() + std::string(50, 'z'));
    for (auto &f : readers) total += (long)f.get();
  }
  std::printf("%ld\n", total);
  return 0;
}
