// EXPECT: leak
// An array of string pointers is shrunk with realloc to half its length; the strings in the cut-off tail are lost with it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
char **g_arr;
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  g_arr = malloc(n * sizeof *g_arr);
  for (int i = 0; i < n; i++) {
    g_arr[i] = malloc(16 + i); // BUG
    snprintf(g_arr[i], 16 + i, "s%d", i);
  }
  g_arr = realloc(g_arr, (n / 2) * sizeof *g_arr);
  printf("%s\n", g_arr[n / 2 - 1]);
  return 0;
}
