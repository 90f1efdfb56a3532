// EXPECT: none
// Strided (interleaved) accesses that the vectorizer turns into wide loads
// of groups with gaps: only the r and g of packed 3-byte pixels, only x of
// {x, y, z, w}, every other short of a stereo buffer, with arrays that end
// exactly at the last group. A group with a gap at its end must not be
// loaded whole past the array (the vectorizer keeps a scalar epilogue).
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct rgb { uint8_t r, g, b; };
struct v4 { float x, y, z, w; };

__attribute__((noinline)) static unsigned rg_sum(const struct rgb *p, int n) {
  unsigned s = 0;
  for (int i = 0; i < n; i++) s += p[i].r + p[i].g;
  return s;
}
__attribute__((noinline)) static float x_sum(const struct v4 *p, int n) {
  float s = 0;
  for (int i = 0; i < n; i++) s += p[i].x;
  return s;
}
__attribute__((noinline)) static long left_sum(const short *st, int frames) {
  long s = 0;
  for (int i = 0; i < frames; i++) s += st[2 * i];
  return s;
}
__attribute__((noinline)) static void set_b(struct rgb *p, int n, uint8_t v) {
  for (int i = 0; i < n; i++) p[i].b = v;
}

int main(int argc, char **argv) {
  int k = atoi(argv[1]);
  struct rgb px[67];
  struct v4 vs[29];
  short stereo[2 * 45 - 1]; /* the last frame's right sample is absent */
  for (int i = 0; i < 67; i++) { px[i].r = (uint8_t)i; px[i].g = (uint8_t)(i * k); px[i].b = 0; }
  for (int i = 0; i < 29; i++) { vs[i].x = (float)i; vs[i].y = vs[i].z = vs[i].w = 0; }
  for (int i = 0; i < 2 * 45 - 1; i++) stereo[i] = (short)(i - 40);
  set_b(px, 67, (uint8_t)argc);
  printf("%u %.1f %ld %u\n", rg_sum(px, 67), x_sum(vs, 29), left_sum(stereo, 45), px[66].b);
  return 0;
}
