// EXPECT: none
// Callbacks that reach the caller's locals: qsort_r with a context struct
// on the stack, tsearch/twalk whose action finds the caller's accumulator
// through a global set only for the walk, dl_iterate_phdr reading the
// dl_phdr_info libc builds on its own stack, and lfind over a stack table.
#define _GNU_SOURCE
#include <link.h>
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct sort_ctx {
  int weights[26];
  long calls;
};

static int by_weight(const void *a, const void *b, void *arg) {
  struct sort_ctx *c = arg;
  c->calls++;
  int wa = c->weights[*(const char *)a - 'A'];
  int wb = c->weights[*(const char *)b - 'A'];
  return wa != wb ? wa - wb : *(const char *)a - *(const char *)b;
}

static int cmp_int(const void *a, const void *b) {
  return *(const int *)a - *(const int *)b;
}

static long *walk_acc;

static void visit(const void *node, VISIT which, int depth) {
  if (which == postorder || which == leaf) *walk_acc += **(const int *const *)node + depth;
}

struct phdr_acc {
  int objects;
  long segments;
  char first[8];
};

static int on_object(struct dl_phdr_info *info, size_t size, void *data) {
  struct phdr_acc *acc = data;
  acc->objects++;
  acc->segments += info->dlpi_phnum > 0;
  if (acc->objects == 1) acc->first[0] = size >= sizeof *info ? 'y' : 'n';
  return 0;
}

__attribute__((noinline)) static long round_trip(int n, const char *text) {
  struct sort_ctx ctx;
  char letters[27];
  memcpy(letters, text, 26);
  letters[26] = '\0';
  for (int i = 0; i < 26; i++) ctx.weights[i] = (i * n) % 7;
  ctx.calls = 0;
  qsort_r(letters, 26, 1, by_weight, &ctx);

  int keys[40];
  void *root = NULL;
  for (int i = 0; i < 40; i++) {
    keys[i] = (i * 17 + n) % 101;
    tsearch(&keys[i], &root, cmp_int);
  }
  long walked = 0;
  walk_acc = &walked;
  twalk(root, visit);
  walk_acc = NULL;
  for (int i = 0; i < 40; i++) tdelete(&keys[i], &root, cmp_int);

  struct phdr_acc pacc = {0, 0, {0}};
  dl_iterate_phdr(on_object, &pacc);

  int table[12];
  for (int i = 0; i < 12; i++) table[i] = i * 3;
  size_t nel = 12;
  int want = 33;
  int *hit = lfind(&want, table, &nel, sizeof table[0], cmp_int);

  return letters[0] + letters[25] + (ctx.calls > 0) + walked + (pacc.objects > 0) +
         (pacc.first[0] == 'y') + (hit ? *hit : -1);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *text = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  long total = 0;
  for (int r = 0; r < n * 5; r++) total += round_trip(n + r, text);
  printf("%ld\n", total);
  return 0;
}
