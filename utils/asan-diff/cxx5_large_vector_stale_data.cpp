// EXPECT: heap-use-after-free
// A pointer into a 16 MiB vector's buffer is read after the vector reallocated.
#include <cstdio>
#include <cstdlib>
#include <vector>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<int> samples(n * 400000);
  for (size_t i = 0; i < samples.size(); i += 4096) samples[i] = argv[2][i % 26];
  const int *peak = &samples[n * 200000];
  samples.push_back(1);
  std::printf("%zu %d\n", samples.size(), *peak); // BUG
  return 0;
}
