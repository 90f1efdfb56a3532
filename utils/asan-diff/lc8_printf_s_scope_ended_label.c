// EXPECT: stack-use-after-scope
// A label formatted into a loop-local buffer is remembered through a pointer and printed after the loop.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  const char *best = "none";
  int best_score = -1;
  int n = atoi(argv[1]);
  for (int i = 0; i < n; i++) {
    char label[24];
    snprintf(label, sizeof label, "item-%c%d", argv[2][i], i);
    int score = (argv[2][i] * 7 + i) % 13;
    if (score > best_score) {
      best_score = score;
      best = label;
    }
  }
  printf("best %s (%d)\n", best, best_score); // BUG
  return 0;
}
