// EXPECT: none
// weak_ptrs observe objects that expire; every use goes through lock() and
// checks the result; observers outlive their subjects.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>
struct Subject { std::string name; std::vector<int> data; };
int main(int argc, char **argv) {
  std::vector<std::weak_ptr<Subject>> obs;
  std::vector<std::shared_ptr<Subject>> live;
  for (int i = 0; i < 20; i++) {
    auto s = std::make_shared<Subject>();
    s->name = std::string(20 + i, 'n');
    s->data.assign(i + 1, i);
    obs.push_back(s);
    if (i % 3) live.push_back(s);
  }
  long sum = 0;
  for (int round = 0; round < 3; round++) {
    for (auto &w : obs)
      if (auto p = w.lock()) sum += p->name.size() + p->data.back();
      else sum += w.expired();
    if (!live.empty()) live.erase(live.begin(), live.begin() + live.size() / 2);
  }
  std::printf("%ld %d\n", sum, argc);
  return 0;
}
