// EXPECT: stack-buffer-underflow
// A 32-byte-aligned float lane buffer (for AVX) declared after a small tag
// array is read at index -1 by a sliding-window filter. ASan lays
// over-aligned locals out first (the access lands in the frame's left
// redzone); memscope keeps declaration order (it lands after the tag).
#include <cstdio>
#include <cstdlib>
__attribute__((noinline)) static float smooth(const float *v, int i) { return (v[i] + v[i + 1]) * 0.5f; } // BUG
int main(int argc, char **argv) {
  char tag[4] = {'s', 'm', 'o', 0};
  alignas(32) float lanes[8];
  for (int i = 0; i < 8; i++) lanes[i] = float(i * argc);
  int start = std::atoi(argv[1]) - 11; // -1
  std::printf("%f %s\n", smooth(lanes, start), tag);
  return 0;
}
