// EXPECT: heap-buffer-overflow
// FLAGS: -msse2
// A bulk initializer writes a heap frame buffer with non-temporal stores
// (_mm_stream_si32, movnti) to bypass the cache; the pixel count includes a
// stride padding the allocation does not.
#include <emmintrin.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  int w = atoi(argv[1]), h = 3;
  int stride = w + 1;                /* padded row */
  int *fb = malloc(w * h * sizeof *fb);
  for (int i = 0; i < stride * h; i++)
    _mm_stream_si32(&fb[i], argc); // BUG
  _mm_sfence();
  printf("%d\n", fb[0]);
  free(fb);
  return 0;
}
