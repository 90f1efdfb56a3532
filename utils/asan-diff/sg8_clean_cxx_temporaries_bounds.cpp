// EXPECT: none
// FLAGS: -std=c++20
// C++ temporaries and views used within their lifetimes: a const
// reference that extends a temporary std::array, a range-for over a
// temporary vector, string_views of string literals and of a std::string
// that outlives them, a span over a local array passed down, loop-local
// std::strings whose c_str() is consumed inside the iteration, and a
// lambda that returns by value what it built in a local buffer.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <string>
#include <string_view>
#include <vector>

static std::array<int, 5> make(int k) { return {k, k + 1, k + 2, k + 3, k + 4}; }

__attribute__((noinline)) static long total(std::span<const int> s) {
  long t = 0;
  for (int v : s) t += v;
  return t;
}
__attribute__((noinline)) static unsigned hash(const char *p) {
  unsigned h = 0;
  for (; *p; ++p) h = h * 31 + (unsigned char)*p;
  return h;
}

int main(int argc, char **argv) {
  int k = std::atoi(argv[1]);
  const std::array<int, 5> &ext = make(k);
  long s = ext[4];
  for (int v : std::vector<int>{k, 2 * k, 3 * k}) s += v;
  std::string owner = std::string(argv[2]).substr(0, 10);
  std::string_view a = "literal", b = owner;
  s += (long)(a.size() + b.size()) + b.back();
  int loc[9];
  for (int i = 0; i < 9; i++) loc[i] = i * argc;
  s += total(loc);
  unsigned h = 0;
  for (int i = 0; i < 4; i++) {
    std::string key = "k" + std::to_string(i * k);
    h ^= hash(key.c_str());
  }
  auto label = [&] {
    char buf[16];
    std::snprintf(buf, sizeof buf, "n=%d", k);
    return std::string(buf);
  }();
  std::printf("%ld %u %s\n", s, h, label.c_str());
  return 0;
}
