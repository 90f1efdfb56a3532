// EXPECT: global-buffer-overflow
// A global table of 6 doubles is dumped with fwrite using the element
// count of the output format (8), reading past the table.
#include <stdio.h>
#include <stdlib.h>

double g_coeffs[6] = {1.0, 0.5, 0.25, 0.125, 0.0625, 0.03125};
#define OUT_COUNT 8

int main(int argc, char **argv) {
  char out[256];
  FILE *f = fmemopen(out, sizeof out, "w");
  if (!f) return 1;
  int n = atoi(argv[1]);
  g_coeffs[0] = n;
  size_t count = argc > 2 ? OUT_COUNT : 6;
  size_t put = fwrite(g_coeffs, sizeof(double), count, f); // BUG
  fclose(f);
  printf("%zu\n", put);
  return 0;
}
