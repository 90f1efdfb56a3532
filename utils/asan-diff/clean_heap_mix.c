// EXPECT: none
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
  char **v = 0; size_t n = 0;
  for (int i = 0; i < 1000; i++) { v = realloc(v, (n + 1) * sizeof *v); v[n] = malloc(i % 50 + 1); memset(v[n], 'a', i % 50); v[n][i % 50] = 0; n++; }
  size_t t = 0; for (size_t i = 0; i < n; i++) { t += strlen(v[i]); char *d = strdup(v[i]); t += atoi(d); free(d); }
  for (size_t i = 0; i < n; i++) free(v[i]);
  free(v); printf("%zu\n", t); return 0; }
