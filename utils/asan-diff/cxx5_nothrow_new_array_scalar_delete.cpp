// EXPECT: alloc-dealloc-mismatch
// An array from nothrow new[] is released with scalar delete.
#include <cstdio>
#include <cstdlib>
#include <new>
struct Sample { short l, r; };
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]) * 64;
  Sample *pcm = new (std::nothrow) Sample[n];
  if (!pcm) return 1;
  for (int i = 0; i < n; i++) pcm[i] = {short(argv[2][i % 26]), short(i)};
  std::printf("%d\n", pcm[n - 1].r);
  delete pcm; // BUG
  return 0;
}
