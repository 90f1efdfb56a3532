// EXPECT: heap-use-after-free
// FLAGS: -std=c++20
// A sensor reader returns its samples by value; the caller binds them to a
// std::span<const double> (allowed: const element type) instead of a
// vector. The temporary vector dies at the end of the declaration, so the
// span and the views layered on it (reverse, take) read freed memory.
#include <cstdio>
#include <cstdlib>
#include <ranges>
#include <span>
#include <vector>

struct Sensor {
  int id;
  double scale;
  __attribute__((noinline)) std::vector<double> read(int n) const {
    std::vector<double> out;
    out.reserve(n);
    for (int i = 0; i < n; i++) out.push_back((i + id) * scale);
    return out;
  }
};

__attribute__((noinline)) static double smooth(std::span<const double> s, int window) {
  double acc = 0;
  for (double x : s | std::views::reverse | std::views::take(window)) // BUG
    acc += x;
  return acc / window;
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]) * 4;
  Sensor sensor{argc, 0.25};
  std::span<const double> recent = sensor.read(n);
  double avg = smooth(recent, n / 4);
  std::printf("avg %.3f over %zu samples\n", avg, recent.size());
  return 0;
}
