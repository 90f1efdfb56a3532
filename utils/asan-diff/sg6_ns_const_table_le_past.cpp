// EXPECT: global-buffer-overflow
// A const table of structs (in .rodata) inside a nested namespace is
// searched with <= count, reading one element past its end.
#include <cstdio>
#include <cstdlib>
#include <cstring>
namespace cfg::detail {
struct Opt { const char *name; int value; };
const Opt opts[] = {{"alpha", 1}, {"beta", 2}, {"gamma", 3}, {"delta", 4}};
constexpr int count = sizeof opts / sizeof opts[0];
} // namespace cfg::detail
__attribute__((noinline)) static int lookup(int want) {
  using namespace cfg::detail;
  int sum = 0;
  for (int i = 0; i <= count; i++)
    if (opts[i].value == want) // BUG
      sum += i;
  return sum;
}
int main(int argc, char **argv) {
  std::printf("%d %d\n", lookup(std::atoi(argv[1])), argc);
  return 0;
}
