// EXPECT: none
// A plugin registry stores std::function callbacks whose lambdas capture
// large local state by value (a 1 KiB lookup table, a std::array of
// doubles, a std::string); they are built in frames that return right
// away, copied into a vector that reallocates, moved between two
// registries and invoked long after the frames that built them are gone.
// Small lambdas capturing by reference are used only while their frame
// lives.
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

using Filter = std::function<long(const char *, size_t)>;

__attribute__((noinline)) static Filter make_table_filter(int seed) {
  unsigned char table[1024];
  for (int i = 0; i < 1024; i++) table[i] = (unsigned char)(i * seed + 7);
  std::string name = "table-filter-with-a-long-name-" + std::to_string(seed);
  return [table, name](const char *s, size_t n) {
    long acc = (long)name.size();
    for (size_t i = 0; i < n; i++) acc += table[((unsigned char)s[i] * 4 + i) % 1024];
    return acc;
  };
}

__attribute__((noinline)) static Filter make_weight_filter(double base) {
  std::array<double, 48> w;
  for (int i = 0; i < 48; i++) w[i] = base + i * 0.5;
  return [w](const char *s, size_t n) {
    double acc = 0;
    for (size_t i = 0; i < n; i++) acc += w[i % w.size()] * (s[i] & 15);
    return (long)acc;
  };
}

__attribute__((noinline)) static long run_all(const std::vector<Filter> &fs, const char *text) {
  size_t n = std::strlen(text);
  long total = 0;
  int calls = 0;
  auto count = [&](const Filter &f) { total += f(text, n); calls++; };
  for (const Filter &f : fs) count(f);
  return total + calls;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  const char *text = argc > 2 ? argv[2] : "abc";
  std::vector<Filter> reg;
  for (int i = 0; i < n; i++) {
    reg.push_back(make_table_filter(i + 1));
    reg.push_back(make_weight_filter(i * 0.25));
  }
  std::vector<Filter> other;
  for (size_t i = 0; i < reg.size(); i += 2) other.push_back(std::move(reg[i]));
  reg.erase(std::remove_if(reg.begin(), reg.end(), [](const Filter &f) { return !f; }),
            reg.end());
  Filter copy = other.front();
  long a = run_all(reg, text), b = run_all(other, text);
  std::printf("%ld %ld %ld\n", a, b, copy(text, 5));
  return 0;
}
