// EXPECT: none
// Lambdas capturing local arrays and structs by value are stored in
// std::function objects (in a vector and in a global) and called after
// the scopes that created them have ended; one also captures a
// std::array and returns a copy of it.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <vector>

struct Sample {
  char label[7];
  double w[3];
};

static std::function<long(int)> global_fn;

__attribute__((noinline)) static std::vector<std::function<long(int)>>
build(int seed, const char *text) {
  std::vector<std::function<long(int)>> out;
  for (int k = 0; k < 5; k++) {
    int table[9];
    for (int i = 0; i < 9; i++) table[i] = seed * k + i;
    Sample s;
    std::memcpy(s.label, text + k, sizeof s.label);
    s.w[0] = k;
    s.w[2] = k * 2.5;
    out.push_back([table, s](int x) {
      return table[x % 9] + table[8] + s.label[6] + (long)s.w[2];
    });
  }
  return out;
}

__attribute__((noinline)) static void install(int seed) {
  char big[300];
  for (int i = 0; i < 300; i++) big[i] = (char)(i + seed);
  global_fn = [big](int x) { return (long)big[x % 300] + big[299]; };
}

__attribute__((noinline)) static std::function<std::array<int, 11>()>
maker(int seed) {
  std::array<int, 11> a{};
  for (int i = 0; i < 11; i++) a[i] = seed - i;
  return [a]() { return a; };
}

int main(int argc, char **argv) {
  int seed = std::atoi(argv[1]);
  auto fns = build(seed, argv[2]);
  install(seed);
  auto mk = maker(seed);
  long total = 0;
  for (int x = 0; x < 50; x++) {
    for (auto &f : fns) total += f(x);
    total += global_fn(x * 7);
    std::array<int, 11> got = mk();
    total += got[10];
  }
  global_fn = nullptr;
  std::printf("%ld %d\n", total, argc);
  return 0;
}
