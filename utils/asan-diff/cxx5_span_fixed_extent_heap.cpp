// EXPECT: heap-buffer-overflow
// FLAGS: -std=c++20
// A fixed-extent std::span<int, 16> is built over a smaller heap array.
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <span>
static long checksum(std::span<const int, 16> block) {
  return std::accumulate(block.begin(), block.end(), 0L); // BUG
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  int *data = new int[n];
  for (int i = 0; i < n; i++) data[i] = argv[2][i];
  std::span<const int, 16> block(data, 16);
  std::printf("%ld\n", checksum(block));
  delete[] data;
  return 0;
}
