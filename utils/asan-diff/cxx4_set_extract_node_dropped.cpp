// EXPECT: heap-use-after-free
// FLAGS: -std=c++17
// A reference into a std::set node handle's value is used after the node handle (and its node) is destroyed.
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::set<std::string> s;
  for (int i = 0; i < n; i++) s.insert(std::string(argv[2] + i) + "-entry");
  const std::string *p;
  {
    auto nh = s.extract(s.begin());
    p = &nh.value();
  }
  std::printf("%zu %s\n", s.size(), p->c_str()); // BUG
  return 0;
}
