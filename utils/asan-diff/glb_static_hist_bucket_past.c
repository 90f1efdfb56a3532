// EXPECT: global-buffer-overflow
// A file-static histogram of 8 buckets; the bucket index is computed from
// the input with a clamp that allows 8 (should be 7), so the largest value
// increments one bucket past the array.
#include <stdio.h>
#include <stdlib.h>

#define NBUCKETS 8
static unsigned hist[NBUCKETS];
static unsigned total;

static int bucket_of(int v) {
  int b = v / 2;
  if (b > NBUCKETS) b = NBUCKETS; /* off by one: should clamp to 7 */
  return b;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  for (int v = 0; v < n; v++) {
    int b = bucket_of(v + n + argc);
    total++;
    hist[b]++; // BUG
  }
  printf("%u %u %u\n", hist[0], hist[7], total);
  return 0;
}
