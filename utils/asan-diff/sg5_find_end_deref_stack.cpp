// EXPECT: stack-buffer-overflow
// std::find over a local std::array does not find the key and the caller
// dereferences the end() iterator it returned.
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
__attribute__((noinline)) int port_of(const int *it) { return *it; } // BUG
int main(int argc, char **argv) {
  std::array<int, 5> ports{80, 443, 8080, 22, argc};
  auto it = std::find(ports.begin(), ports.end(), std::atoi(argv[1]));
  std::printf("%d\n", port_of(&*it));
  return 0;
}
