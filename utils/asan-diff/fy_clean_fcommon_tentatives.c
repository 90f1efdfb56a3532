// EXPECT: none
// FLAGS: -fcommon -std=gnu89
// Legacy C with -fcommon: several tentative definitions (common symbols,
// some declared twice as old code does), an extern declaration of one of
// them, next to initialized globals; every array is used exactly up to
// its last element.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int counts[26];
int counts[26];
char names[4][8];
extern int total;
int total;
double weights[5];
int primes[6] = {2, 3, 5, 7, 11, 13};

static void tally(const char *s) {
  while (*s) {
    if (*s >= 'A' && *s <= 'Z') counts[*s - 'A']++;
    total++;
    s++;
  }
}

int main(int argc, char **argv) {
  int i;
  tally(argv[2]);
  for (i = 0; i < 4; i++) snprintf(names[i], sizeof names[i], "n%d-%d", i, primes[i + 2]);
  for (i = 0; i < 5; i++) weights[i] = counts[i * 5 + 1] * 0.5 + primes[i + 1];
  printf("%d %d %s %.1f %d\n", total, counts[25], names[3], weights[4], atoi(argv[1]));
  return 0;
}
