// EXPECT: none
// Stack strings that fill their arrays exactly: strcpy and strcat to the
// last byte, strncpy of the whole array, snprintf that just fits, strlen,
// strchr and strrchr of the terminator, and printf of full buffers with
// and without precision.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static size_t compose(const char *alpha, int v) {
  char first[6];
  char second[11];
  char both[16];
  char digits[4];
  memcpy(first, alpha, 5);
  first[5] = '\0';
  memcpy(second, alpha + 5, 10);
  second[10] = '\0';
  strcpy(both, first);
  strcat(both, second);
  snprintf(digits, sizeof digits, "%03d", v % 1000);
  size_t s = strlen(both) + strlen(digits);
  s += (size_t)(strchr(both, '\0') - both);
  s += (size_t)(strrchr(both, both[14]) - both);
  char exact[5];
  strncpy(exact, alpha + 20, sizeof exact);
  s += (size_t)printf("[%.5s][%s][%s][%s]\n", exact, first, both, digits);
  return s;
}

__attribute__((noinline)) static int reverse_copy(const char *in) {
  char fwd[27];
  char rev[27];
  strcpy(fwd, in);
  size_t n = strlen(fwd);
  for (size_t i = 0; i < n; i++) rev[i] = fwd[n - 1 - i];
  rev[n] = '\0';
  return strcmp(fwd, rev) + (int)strspn(rev, "ZYX") + (int)strcspn(fwd, "Z");
}

int main(int argc, char **argv) {
  int v = atoi(argv[1]);
  if (strlen(argv[2]) != 26) return 1;
  size_t total = 0;
  for (int r = 0; r < 3; r++) total += compose(argv[2], v * r + 7);
  total += (size_t)reverse_copy(argv[2]);
  printf("%zu %d\n", total, argc);
  return 0;
}
