// EXPECT: none
// FLAGS: -std=c++17
// Clean: pmr containers allocate from a monotonic arena over a stack buffer
// (with heap fallback) and from an unsynchronized pool; every container is
// destroyed before its resource, the arena buffer fills up exactly and
// spills to the upstream, and results are copied out before the arena dies.
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <memory_resource>
#include <string>
#include <vector>

struct Sample { double t, v; };

__attribute__((noinline)) static std::vector<Sample> parse(const char *s, int n) {
  alignas(std::max_align_t) std::byte buf[16 * sizeof(Sample)];
  std::pmr::monotonic_buffer_resource arena(buf, sizeof buf);
  std::pmr::vector<Sample> tmp(&arena);
  for (int i = 0; i < n; i++) tmp.push_back(Sample{i * 0.5, double(s[i % 26] - 'A')});
  return std::vector<Sample>(tmp.begin(), tmp.end());   // copy out
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]) * 8;
  std::vector<Sample> samples = parse(argv[2], n);
  double sum = 0;
  for (const Sample &s : samples) sum += s.v;
  std::pmr::unsynchronized_pool_resource pool;
  long len = 0;
  {
    std::pmr::vector<std::pmr::string> names(&pool);
    for (int i = 0; i < n; i++)
      names.emplace_back(std::string(argv[2] + i % 20, 6) + "-suffix-long-enough-for-heap");
    for (const auto &s : names) len += static_cast<long>(s.size());
    names.erase(names.begin(), names.begin() + n / 2);
    for (const auto &s : names) len += s[0];
  }
  pool.release();
  std::printf("%.1f %ld %d\n", sum, len, argc);
  return 0;
}
