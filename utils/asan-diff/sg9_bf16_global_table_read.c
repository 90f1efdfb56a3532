// EXPECT: global-buffer-overflow
// An activation lookup table is stored as __bf16 (2-byte brain floats) in a
// global of 16 entries; inputs are clamped to 16 instead of 15 before the
// lookup, so the clamped value reads the half-word past the table.
#include <stdio.h>
#include <stdlib.h>

static const __bf16 act[16] = {0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7,
                               0.75, 0.8, 0.85, 0.9, 0.93, 0.96, 0.98, 1.0};

__attribute__((noinline)) static float activate(int x) {
  if (x > 16) x = 16;                 /* should clamp to 15 */
  if (x < 0) x = 0;
  return (float)act[x]; // BUG
}

int main(int argc, char **argv) {
  float s = 0;
  const char *in = argv[2];
  for (int i = 0; i < 3; i++) s += activate((in[i] - 'A') * atoi(argv[1]));
  printf("%f %d\n", s, argc);
  return 0;
}
