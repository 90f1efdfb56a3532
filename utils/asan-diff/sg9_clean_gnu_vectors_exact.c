// EXPECT: none
// FLAGS: -mavx2
// GNU vectors of 16, 32 and 64 bytes and ext_vector_type float4 loaded and
// stored exactly within heap, stack and global arrays, with scalar tails
// for the lengths that are not a multiple of the vector width.
#include <stdio.h>
#include <stdlib.h>

typedef int v4i __attribute__((vector_size(16), aligned(4)));
typedef float v8f __attribute__((vector_size(32), aligned(4)));
typedef int v16i __attribute__((vector_size(64), aligned(4)));
typedef float float4 __attribute__((ext_vector_type(4), aligned(4)));

static float verts[4 * 5];

int main(int argc, char **argv) {
  int n = atoi(argv[1]) * 4;           /* 40 */
  int *row = malloc(n * sizeof *row);
  v16i blk;
  for (int k = 0; k < 16; k++) blk[k] = argc + k;
  int i = 0;
  for (; i + 16 <= n; i += 16) *(v16i *)(row + i) = blk;
  for (; i < n; i++) row[i] = -i;
  float f[12];
  for (int k = 0; k < 12; k++) f[k] = k * 0.5f;
  v8f s8 = *(v8f *)f + *(v8f *)(f + 4);  /* f[0..11] */
  v4i acc = {0, 0, 0, 0};
  for (int k = 0; k + 4 <= n; k += 4) acc += *(v4i *)(row + k);
  for (int k = 0; k < 20; k++) verts[k] = k;
  float4 c = 0;
  for (int v = 0; v < 5; v++) c += *(float4 *)&verts[4 * v];
  printf("%d %f %f %d\n", acc[0] + acc[3], s8[7], c.w, row[n - 1]);
  free(row);
  return 0;
}
