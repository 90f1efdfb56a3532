// EXPECT: stack-buffer-underflow
// Counting digit frequencies with counts[c - '0'] after only checking
// `c <= '9'`; the '/' before '0' in ASCII produces index -1.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static void tally(int *counts, const char *s) {
  for (; *s; s++)
    if (*s <= '9') counts[*s - '0']++; // BUG
}
int main(int argc, char **argv) {
  int counts[10] = {0};
  char input[16];
  int n = atoi(argv[1]);
  snprintf(input, sizeof input, "%d/%d", n * 7, argc);
  tally(counts, input);
  int most = 0;
  for (int i = 1; i < 10; i++)
    if (counts[i] > counts[most]) most = i;
  printf("%d\n", most);
  return 0;
}
