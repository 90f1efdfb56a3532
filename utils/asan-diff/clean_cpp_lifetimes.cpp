// EXPECT: none
#include <array>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>
struct Pt { int x, y; };
static std::pair<std::string, Pt> make(int n) { return {std::string(30, 'a' + n % 20), Pt{n, n * 2}}; }
int main(int argc, char **argv) {
  const auto &[s, p] = make(argc);
  std::string keep = make(argc + 1).first;
  std::string_view sv = keep;
  const std::array<int, 4> &ra = std::array<int, 4>{1, 2, 3, argc};
  std::vector<std::unique_ptr<int>> vp;
  for (int i = 0; i < 20; i++) vp.push_back(std::make_unique<int>(i));
  auto sh = std::make_shared<std::vector<int>>(10, argc);
  std::weak_ptr<std::vector<int>> w = sh;
  std::function<int(int)> f = [v = std::vector<int>(5, argc)](int i) { return v[i]; };
  for (int x : std::initializer_list<int>{1, 2, 3}) keep += char('0' + x);
  std::printf("%zu %d %zu %d %d %d %d\n", s.size(), p.y, sv.size(), ra[3], *vp[19], w.lock()->at(9), f(4));
  return 0;
}
