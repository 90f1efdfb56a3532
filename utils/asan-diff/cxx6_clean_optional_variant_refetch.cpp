// EXPECT: none
// FLAGS: -std=c++17
// Clean: an optional<std::string> is reset and re-engaged with references
// re-fetched after each change; a variant state machine transitions
// *after* the visitor finished with the old alternative; std::any is
// reassigned and cast again.
#include <any>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <variant>
#include <vector>

struct Idle {};
struct Buffering { std::vector<int> chunks; };
using State = std::variant<Idle, Buffering>;

__attribute__((noinline)) static long step(State &st, int limit) {
  long sum = 0;
  bool flush = false;
  std::visit([&](auto &s) {
    if constexpr (std::is_same_v<std::decay_t<decltype(s)>, Buffering>) {
      for (int v : s.chunks) sum += v;
      flush = static_cast<int>(s.chunks.size()) >= limit;
    }
  }, st);
  if (flush) st = Idle{};
  return sum;
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::optional<std::string> title = std::string(argv[2]) + " - annual report";
  int caps = 0;
  for (char c : *title) caps += c >= 'A' && c <= 'Z';
  title.reset();
  title.emplace(n * 3, 'x');
  const std::string &t = *title;
  caps += static_cast<int>(t.size());
  State st = Buffering{};
  for (int i = 0; i < n; i++) std::get<Buffering>(st).chunks.push_back(argv[2][i]);
  long s = step(st, n);
  std::any a = std::vector<int>(n, 7);
  int first = std::any_cast<std::vector<int> &>(a).back();
  a = std::string(40, 'q');
  first += std::any_cast<std::string &>(a)[39];
  std::printf("%d %ld %zu %d %d\n", caps, s, st.index(), first, argc);
  return 0;
}
