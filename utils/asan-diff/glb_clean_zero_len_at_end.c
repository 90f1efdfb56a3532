// EXPECT: none
// Zero-length libc operations at one-past-the-end of globals (a length
// that came out 0 from the input), and bounded reads whose bound exceeds
// the global but that stop inside it: memchr finding its byte, strnlen,
// strncmp differing early, strndup and strncat of a terminated global,
// and "%.*s" with a precision inside an unterminated global.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char g_a[16];
char g_b[13] = "abcdefghijkl";
char g_raw[3] = {'x', 'y', 'z'};
int g_n[5] = {5, 4, 3, 2, 1};

static int cmp(const void *a, const void *b) {
  return *(const int *)a - *(const int *)b;
}

int main(int argc, char **argv) {
  volatile size_t z = (size_t)(argc - 3);
  memcpy(g_a + sizeof g_a, g_b, z);
  memset(g_b + sizeof g_b, 0, z);
  memmove(g_a + sizeof g_a, g_b + sizeof g_b, z);
  strncpy(g_a + sizeof g_a, "x", z);
  int r = memcmp(g_a + sizeof g_a, g_b + sizeof g_b, z);
  snprintf(g_a + sizeof g_a, z, "%d", 5);
  qsort(g_n + 5, z, sizeof(int), cmp);
  FILE *f = fmemopen(NULL, 64, "w+");
  if (!f) return 1;
  fwrite(g_b + sizeof g_b, 1, z, f);
  fread(g_a + sizeof g_a, 1, z, f);
  fclose(f);
  const char *c = memchr(g_b, 'c', 100 + z); /* found at 2 */
  size_t l = strnlen(g_b, 200);              /* 12 */
  int d = strncmp(g_b, "abX", 100);          /* differs at 2 */
  char *dup = strndup(g_b, 300);
  char cat[64] = "x";
  strncat(cat, g_b, 500);
  printf("%d %p %zu %d %s %s %.*s\n", r, (const void *)c, l, d, dup, cat, 3,
         g_raw);
  free(dup);
  return atoi(argv[1]) - 10;
}
