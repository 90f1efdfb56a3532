// EXPECT: global-buffer-overflow
// A global std::array<int, 12> initialized at start-up by an immediately
// invoked lambda (a dynamic initializer) is read one past its end.
#include <array>
#include <cstdio>
#include <cstdlib>
std::array<int, 12> g_days = [] {
  std::array<int, 12> d{};
  for (int i = 0; i < 12; i++) d[i] = 28 + (std::rand() & 3);
  return d;
}();
__attribute__((noinline)) static int days_in(int month) { return g_days[month - 1]; } // BUG
int main(int argc, char **argv) {
  int month = std::atoi(argv[1]) + 3; // 13
  std::printf("%d %d\n", days_in(month), argc);
  return 0;
}
