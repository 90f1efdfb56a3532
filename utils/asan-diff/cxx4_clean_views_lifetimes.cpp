// EXPECT: none
// FLAGS: -std=c++17
// string_views and c_str() pointers of strings that are still alive, regex over a live string, std::function capturing by value, optional/any holding heap strings.
#include <any>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>
__attribute__((noinline)) static std::string label(const char *s, int n) {
  return std::string(s) + "#" + std::to_string(n);
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::string *s = new std::string(argv[2]);
  std::string_view v(s->data() + n, s->size() - n);
  std::cout << v << '\n';
  std::ostringstream os;
  os << argv[2] << '-' << n << '-' << argv[2];
  std::string str = os.str();
  std::string_view sv = str;
  size_t at = sv.find('Z', n);
  const std::string &lab = label(argv[2], n);
  std::printf("%s %zu\n", lab.c_str(), at);
  std::regex re("[K-M]+");
  std::smatch m;
  bool ok = std::regex_search(s->cbegin() + n / 2, s->cend(), m, re);
  std::function<int(int)> get;
  {
    std::vector<int> vals(argv[2], argv[2] + n);
    get = [vals](int i) { return vals[i]; };
  }
  std::optional<std::string> opt(std::string(argv[2]) + argv[2]);
  std::string_view ov = *opt;
  std::any any = std::string(argv[2]) + "-any";
  std::printf("%d %d %.*s %s\n", ok, get(n - 1), (int)ov.size(), ov.data(), std::any_cast<std::string &>(any).c_str());
  opt.reset();
  delete s;
  return 0;
}
