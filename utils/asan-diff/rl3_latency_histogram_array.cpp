// EXPECT: stack-buffer-overflow
// a latency histogram in a std::array of power-of-two buckets; the bucket index is the bit length of the sample, which for the largest samples equals the bucket count
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

constexpr size_t kBuckets = 13;

static unsigned bit_length(uint32_t v) {
  unsigned n = 0;
  while (v) {
    n++;
    v >>= 1;
  }
  return n;
}

struct Histogram {
  uint64_t total = 0;
  uint32_t max = 0;
  std::array<uint32_t, kBuckets> counts{};
  void add(uint32_t micros) {
    unsigned b = bit_length(micros);
    if (b > kBuckets) b = kBuckets;
    counts[b]++; // BUG
    total += micros;
    if (micros > max) max = micros;
  }
  uint32_t percentile(double p) const {
    uint64_t n = 0;
    for (uint32_t c : counts) n += c;
    uint64_t want = (uint64_t)(p * (double)n), seen = 0;
    for (size_t b = 0; b < kBuckets; b++) {
      seen += counts[b];
      if (seen > want) return b ? 1u << b : 0;
    }
    return max;
  }
  void merge(const Histogram &o) {
    for (size_t b = 0; b < kBuckets; b++) counts[b] += o.counts[b];
    total += o.total;
    if (o.max > max) max = o.max;
  }
  void print_bars(int width) const {
    uint32_t peak = 1;
    for (uint32_t c : counts) peak = c > peak ? c : peak;
    for (size_t b = 0; b < kBuckets; b++) {
      if (!counts[b]) continue;
      int len = (int)((uint64_t)counts[b] * (uint64_t)width / peak);
      std::printf("  <%6u %5u |%.*s\n", 1u << b, counts[b], len,
                  "################################################################");
    }
  }
};

static uint32_t fake_latency(const char *seed, size_t len, int i) {
  uint32_t h = 2166136261u;
  for (size_t k = 0; k < len; k++) h = (h ^ (unsigned char)seed[k]) * 16777619u;
  h ^= (uint32_t)i * 2654435761u;
  uint32_t base = 40 + h % 200;
  if (i % 17 == 16) base *= 64; // slow requests
  return base;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  const char *seed = argc > 2 ? argv[2] : "seed";
  size_t sl = std::strlen(seed);
  Histogram h, warm;
  for (int i = 0; i < n; i++) warm.add(fake_latency(seed, sl, -i) % 100);
  for (int i = 0; i < n * 5; i++) h.add(fake_latency(seed, sl, i));
  h.merge(warm);
  std::printf("p50=%u p90=%u p99=%u max=%u mean=%.1f\n", h.percentile(0.5), h.percentile(0.9),
              h.percentile(0.99), h.max, (double)h.total / (n * 5));
  h.print_bars(40);
  uint32_t slow = 0;
  for (size_t b = 11; b < kBuckets; b++) slow += h.counts[b];
  std::printf("%u requests over 1 ms\n", slow);
  return 0;
}
