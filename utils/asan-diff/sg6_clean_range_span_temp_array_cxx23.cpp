// EXPECT: none
// FLAGS: -std=c++23
// C++23 (P2718) extends every temporary of a range-for initializer, so a
// span over a std::array returned by value stays valid through the loop;
// also a range-for over a member of a temporary (extended in every mode).
#include <array>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <string>
#include <string_view>
struct Holder { int items[5]; std::array<char, 8> tag; };
__attribute__((noinline)) static std::array<int, 6> make(int n) { return {n, n + 1, n + 2, n + 3, n + 4, n + 5}; }
__attribute__((noinline)) static Holder holder(int n) { return Holder{{n, 2 * n, 3 * n, 4 * n, 5 * n}, {'a', 'b', 'c', 'd', 'e', 'f', 'g', 0}}; }
__attribute__((noinline)) static std::string word(int n) { return "w" + std::to_string(n) + "x"; }
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  long s = 0;
  for (int v : std::span<const int>(make(n))) s += v;
  for (int v : holder(n).items) s += v;
  for (char c : holder(n).tag) s += c;
  for (char c : std::string_view(word(n + argc))) s += c;
  for (int v : std::span<const int>(make(n)).subspan(2)) s += v;
  std::printf("%ld %d\n", s, argc);
  return 0;
}
