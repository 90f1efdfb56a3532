// EXPECT: none
// Exceptions thrown by the standard library itself (vector::at,
// string::substr, std::stoi, std::map::at) unwind through frames with
// arrays, some larger than 64 KiB, none with destructors; after each
// catch the program runs functions with large and small arrays over the
// same stack.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

static std::vector<int> g_vec(10, 1);
static std::string g_str = "abcdef";
static std::map<int, int> g_map = {{1, 2}};

__attribute__((noinline)) static long trigger(int kind, int i) {
  switch (kind) {
  case 0: return g_vec.at(i);
  case 1: return (long)g_str.substr(i + 10).size();
  case 2: return std::stoi(std::string("x") + std::to_string(i));
  default: return g_map.at(i + 5);
  }
}

__attribute__((noinline)) static long huge_layer(int kind, int i) {
  char area[80 * 1024];
  std::memset(area, i, sizeof area);
  return trigger(kind, i + 20) + area[i * 1000];
}

__attribute__((noinline)) static long small_layer(int kind, int i) {
  int grid[40];
  for (int k = 0; k < 40; k++) grid[k] = k * i;
  return huge_layer(kind, i) + grid[i % 40];
}

__attribute__((noinline)) static long after(int i) {
  char big[70 * 1024];
  short mid[500];
  std::memset(big, 1, sizeof big);
  std::memset(mid, 2, sizeof mid);
  return big[sizeof big - 1 - i] + mid[499 - i];
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  long total = 0, caught = 0;
  for (int i = 0; i < n * 4; i++) {
    try {
      total += small_layer(i % 4, i);
    } catch (const std::logic_error &e) {
      caught += (long)std::strlen(e.what()) > 0;
    }
    total += after(i);
  }
  std::printf("%ld %ld\n", total, caught);
  return 0;
}
