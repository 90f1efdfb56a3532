// EXPECT: global-buffer-overflow
// A global array of team records, each a name and five round scores. The
// totals loop runs the rounds with `<= ROUNDS`: for the first two teams
// scores[5] is the next team's name (garbage, but inside the array); for
// the last team it is past the global.
#include <stdio.h>
#include <stdlib.h>

#define ROUNDS 5
struct team { char name[12]; int scores[ROUNDS]; };
static struct team g_teams[3] = {
    {"red", {3, 1, 4, 1, 5}}, {"green", {9, 2, 6, 5, 3}}, {"blue", {5, 8, 9, 7, 9}}};

__attribute__((noinline)) static int total(const struct team *t, int rounds) {
  int s = 0;
  for (int r = 0; r <= rounds; r++) s += t->scores[r]; // BUG
  return s;
}

int main(int argc, char **argv) {
  int rounds = atoi(argv[1]) / 2; /* 5 */
  g_teams[0].scores[0] += argc;
  for (int i = 0; i < 3; i++)
    printf("%s %d\n", g_teams[i].name, total(&g_teams[i], rounds));
  return 0;
}
