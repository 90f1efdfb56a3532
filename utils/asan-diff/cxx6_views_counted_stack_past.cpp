// EXPECT: stack-buffer-overflow
// FLAGS: -std=c++20
// A record decoder views its fixed-size field array through
// std::views::counted(first, count), trusting the count byte from the
// record header. The header says one more field than the std::array
// holds, so the view runs past the local array.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <ranges>

struct Header { unsigned char kind, count; };

__attribute__((noinline)) static long sum_fields(const int *first, int count) {
  long s = 0;
  for (int v : std::views::counted(first, count)) s += v; // BUG
  return s;
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  Header h{1, static_cast<unsigned char>(n - 1)};
  std::array<int, 8> fields{};
  std::iota(fields.begin(), fields.end(), argv[2][0]);
  long s = sum_fields(fields.data(), h.count);
  std::printf("%ld %d %d\n", s, h.kind, argc);
  return 0;
}
