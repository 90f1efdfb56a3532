// EXPECT: global-buffer-overflow
// Latency histogram with ten 10 ms buckets in a class's static data member
// (defined out of line in this file). A latency of exactly 100 ms is
// bucketed with `ms / 10`, giving bucket 10 of a 10-bucket array.
#include <cstdio>
#include <cstdlib>

class Latency {
public:
  static constexpr int kBuckets = 10;
  static void record(int ms);
  static int count(int b) { return hist_[b]; }

private:
  static int hist_[kBuckets];
};

int Latency::hist_[Latency::kBuckets];

__attribute__((noinline)) void Latency::record(int ms) {
  if (ms < 0) ms = 0;
  if (ms > 100) ms = 100; /* clamp to the histogram's range... */
  hist_[ms / 10]++; // BUG
}

int main(int argc, char **argv) {
  int worst = atoi(argv[1]) * 10; /* 100 ms */
  for (int i = 0; i < 5; i++) Latency::record(i * 17 + argc);
  Latency::record(worst);
  std::printf("bucket 0: %d\n", Latency::count(0));
  return 0;
}
