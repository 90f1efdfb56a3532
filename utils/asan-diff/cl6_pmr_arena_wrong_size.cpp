// EXPECT: stack-buffer-overflow
// A telemetry batcher keeps each batch in a std::pmr::monotonic_buffer_resource
// over a local array with no upstream. The array was sized for 64 float
// samples when the samples were floats; the samples became doubles, the
// size passed to the resource was updated to 64 * sizeof(Sample) but the
// array was not, so the resource hands out memory past the array's end and
// the vector's element writes go beyond it once it holds 32 doubles.
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <memory_resource>
#include <vector>

using Sample = double;
constexpr size_t kMaxSamples = 64;

__attribute__((noinline)) static double summarize(const std::pmr::vector<Sample> &v) {
  double s = 0;
  for (Sample x : v) s += x;
  return v.empty() ? 0 : s / (double)v.size();
}

__attribute__((noinline)) static double batch(int id, int count) {
  alignas(16) std::byte arena[kMaxSamples * sizeof(float)];
  std::pmr::monotonic_buffer_resource res(arena, kMaxSamples * sizeof(Sample),
                                          std::pmr::null_memory_resource());
  std::pmr::vector<Sample> samples(&res);
  samples.reserve(kMaxSamples);
  for (int i = 0; i < count; i++)
    samples.push_back(id * 0.5 + i);  // BUG
  return summarize(samples);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  double t = 0;
  for (int id = 0; id < 3; id++) t += batch(id, n * 4);
  std::printf("%.2f\n", t);
  return 0;
}
