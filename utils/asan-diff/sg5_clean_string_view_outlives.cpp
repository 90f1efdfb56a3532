// EXPECT: none
// std::string_view of strings that outlive it: literals, a static string,
// a local string, substr/find/remove_prefix, views passed down and
// returned from functions that take views of the caller's storage.
#include <cstdio>
#include <string>
#include <string_view>
static const std::string g_banner = "memscope-clean";
__attribute__((noinline)) static std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}
__attribute__((noinline)) static std::string_view field(std::string_view line, int n) {
  for (int i = 0; i < n; i++) {
    auto c = line.find(',');
    if (c == std::string_view::npos) return {};
    line = line.substr(c + 1);
  }
  return trim(line.substr(0, line.find(',')));
}
int main(int argc, char **argv) {
  std::string line = std::string(" a , bb,") + argv[1] + " , " + argv[2];
  std::string small = "x,y";
  std::string_view views[5] = {field(line, 0), field(line, 1), field(line, 2), field(small, 1), g_banner};
  std::string_view lit = "constant literal";
  size_t t = 0;
  for (auto v : views) t += v.size() + (v.empty() ? 0 : v[0]);
  t += trim(lit.substr(8)).size();
  std::printf("%zu %d\n", t, argc);
  return 0;
}
