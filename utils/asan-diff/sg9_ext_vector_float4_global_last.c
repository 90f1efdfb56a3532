// EXPECT: global-buffer-overflow
// Vertex positions are stored as packed xyz triples in a global float
// table; the shader-style code loads each vertex as a float4 (ext_vector_type)
// and ignores w, so the last vertex's load reads 4 bytes past the table.
#include <stdio.h>
#include <stdlib.h>

typedef float float4 __attribute__((ext_vector_type(4), aligned(4)));

static float verts[3 * 5] = {0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0.5f, 0.5f, 1};

__attribute__((noinline)) static float4 vertex(int i) {
  return *(const float4 *)&verts[3 * i]; // BUG
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]) / 2;         /* 5 */
  float4 c = 0;
  for (int i = 0; i < n; i++) c += vertex(i);
  printf("%f %f %f %d\n", c.x, c.y, c.z, argc);
  return 0;
}
