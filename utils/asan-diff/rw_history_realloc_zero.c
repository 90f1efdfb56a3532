// EXPECT: double-free
// A command history with a configurable size. Resizing uses the `p = realloc(p, n)` idiom
// with a NULL check that keeps the old block "on failure"; but for a size of 0 realloc
// frees the block and returns NULL, so the history keeps the freed pointer and frees it
// again at shutdown.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct history {
  char **items;
  size_t n, cap;
};

static int hist_resize(struct history *h, size_t cap) {
  while (h->n > cap) free(h->items[--h->n]); /* drop the oldest... well, the newest */
  char **p = realloc(h->items, cap * sizeof *p);
  if (!p) return -1; /* out of memory: keep the old array */
  h->items = p;
  h->cap = cap;
  return 0;
}

static void hist_add(struct history *h, const char *cmd) {
  if (h->cap == 0) return;
  if (h->n == h->cap) {
    free(h->items[0]);
    memmove(h->items, h->items + 1, (h->n - 1) * sizeof *h->items);
    h->n--;
  }
  h->items[h->n++] = strdup(cmd);
}

static void hist_free(struct history *h) {
  for (size_t i = 0; i < h->n; i++) free(h->items[i]);
  free(h->items); // BUG
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  struct history h = { 0 };
  hist_resize(&h, 8);
  char cmd[64];
  for (int i = 0; i < n * 2; i++) {
    snprintf(cmd, sizeof cmd, "git %s %.*s", i % 3 ? "commit -m" : "checkout", 1 + i % 9, alpha + i % 5);
    hist_add(&h, cmd);
  }
  printf("%zu entries, newest: %s\n", h.n, h.n ? h.items[h.n - 1] : "-");
  /* the user disables history: HISTSIZE=0 */
  int size = n - 10;
  if (hist_resize(&h, (size_t)size) != 0) fprintf(stderr, "resize failed, keeping %zu entries\n", h.n);
  printf("history now %zu/%zu\n", h.n, h.cap);
  hist_free(&h);
  return 0;
}
