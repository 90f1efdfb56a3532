// EXPECT: heap-use-after-free
// A reference to a std::map value is read after erase() destroyed its node.
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
int main(int argc, char **argv) {
  std::map<int, long> m;
  for (int i = 0; i < 20; i++) m[i] = i * 100;
  int k = std::atoi(argv[1]);
  long &val = m.at(k);
  m.erase(k);
  std::printf("%ld %zu\n", val, m.size()); // BUG
  return 0;
}
