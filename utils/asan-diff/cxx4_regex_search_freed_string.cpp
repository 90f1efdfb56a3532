// EXPECT: heap-use-after-free
// std::regex_search over iterators of a heap std::string deleted before the search.
#include <cstdio>
#include <cstdlib>
#include <regex>
#include <string>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::regex re("[K-M]+");
  std::string *s = new std::string(argv[2]);
  auto b = s->cbegin() + n / 2, e = s->cend();
  delete s;
  std::smatch m;
  bool ok = std::regex_search(b, e, m, re); // BUG
  std::printf("%d\n", ok);
  return 0;
}
