// EXPECT: stack-buffer-overflow
// A config loader copies a std::vector of ports into a fixed local array
// with std::copy without checking the vector's size against the array.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>
__attribute__((noinline)) static std::vector<int> parse_ports(int n) {
  std::vector<int> v;
  for (int i = 0; i < n; i++) v.push_back(8000 + i);
  return v;
}
__attribute__((noinline)) static long open_all(const std::vector<int> &ports) {
  int fixed[8];
  std::copy(ports.begin(), ports.end(), fixed); // BUG
  long s = 0;
  for (int i = 0; i < 8; i++) s += fixed[i];
  return s;
}
int main(int argc, char **argv) {
  std::vector<int> ports = parse_ports(std::atoi(argv[1]) - 1);
  std::printf("%ld %d\n", open_all(ports), argc);
  return 0;
}
