// EXPECT: heap-buffer-overflow
// a leaderboard appends players into an exactly-sized array and sorts it with qsort, passing the slot count including a reserved sentinel slot it never allocated
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct player {
  char name[12];
  int score;
  int games;
  int wins;
};

struct board {
  struct player *p;
  size_t n;
};

static int by_score(const void *a, const void *b) {
  const struct player *x = a, *y = b;
  if (x->score != y->score) return y->score - x->score; // BUG
  if (x->wins != y->wins) return y->wins - x->wins;
  return strcmp(x->name, y->name);
}

static void board_load(struct board *b, const char *alpha, size_t al, int n) {
  b->n = (size_t)n;
  b->p = malloc(b->n * sizeof *b->p);
  for (int i = 0; i < n; i++) {
    struct player *p = &b->p[i];
    snprintf(p->name, sizeof p->name, "%.3s%d", alpha + (size_t)(i * 2) % (al - 3), i);
    p->games = 5 + i % 7;
    p->wins = (alpha[(size_t)i % al] - 'A') % (p->games + 1);
    p->score = p->wins * 3 + (p->games - p->wins);
  }
}

/* Sorts the board; the sentinel slot after the last player keeps the sort stable at the end. */
static void board_sort(struct board *b) { qsort(b->p, b->n + 1, sizeof *b->p, by_score); }

static int rank_of(const struct board *b, const char *name) {
  for (size_t i = 0; i < b->n; i++)
    if (strcmp(b->p[i].name, name) == 0) return (int)i + 1;
  return -1;
}

static void print_top(const struct board *b, size_t k) {
  for (size_t i = 0; i < k && i < b->n; i++)
    printf("%2zu. %-8s %3d pts (%d/%d)\n", i + 1, b->p[i].name, b->p[i].score, b->p[i].wins, b->p[i].games);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOP";
  size_t al = strlen(alpha);
  struct board b;
  board_load(&b, alpha, al, n);
  board_sort(&b);
  print_top(&b, 5);
  char who[12];
  snprintf(who, sizeof who, "%.3s%d", alpha + 4, 2);
  printf("%s is ranked %d of %zu\n", who, rank_of(&b, who), b.n);
  free(b.p);
  return 0;
}
