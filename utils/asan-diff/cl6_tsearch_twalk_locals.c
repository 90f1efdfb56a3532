// EXPECT: none
// A symbol table kept in a <search.h> binary tree (tsearch/tfind/tdelete)
// whose keys are structs in a local array of main; the comparison callback
// counts calls through a global pointer to a local counter, and twalk_r
// passes a closure that points to a local accumulator struct of the
// walking frame. Entries are deleted and re-inserted from other frames,
// and tdestroy is given a no-op free because nothing was malloc'ed.
#define _GNU_SOURCE
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Sym {
  char name[16];
  int value;
};

static long *g_cmp_calls;

static int cmp(const void *a, const void *b) {
  ++*g_cmp_calls;
  return strcmp(((const struct Sym *)a)->name, ((const struct Sym *)b)->name);
}

struct Walk {
  long sum;
  int leaves;
  char longest[16];
};

static void visit(const void *node, VISIT which, void *closure) {
  struct Walk *w = closure;
  const struct Sym *s = *(const struct Sym *const *)node;
  if (which == postorder || which == leaf) {
    w->sum += s->value;
    if (strlen(s->name) > strlen(w->longest)) memcpy(w->longest, s->name, sizeof w->longest);
  }
  if (which == leaf) w->leaves++;
}

__attribute__((noinline)) static long report(void *root) {
  struct Walk w;
  memset(&w, 0, sizeof w);
  twalk_r(root, visit, &w);
  return w.sum + w.leaves + (long)strlen(w.longest);
}

__attribute__((noinline)) static int churn(void **root, struct Sym *syms, int n, int step) {
  int removed = 0;
  for (int i = step % 3; i < n; i += 3) {
    struct Sym key;
    memcpy(key.name, syms[i].name, sizeof key.name);
    if (tfind(&key, root, cmp) && tdelete(&key, root, cmp)) removed++;
  }
  for (int i = step % 3; i < n; i += 3) {
    syms[i].value += step;
    tsearch(&syms[i], root, cmp);
  }
  return removed;
}

static void no_free(void *p) { (void)p; }

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  long calls = 0;
  g_cmp_calls = &calls;
  struct Sym syms[64];
  int count = n * 6 < 64 ? n * 6 : 64;
  void *root = NULL;
  for (int i = 0; i < count; i++) {
    snprintf(syms[i].name, sizeof syms[i].name, "%s_%d", i % 2 ? "var" : "function", i * 37 % 101);
    syms[i].value = i;
    tsearch(&syms[i], &root, cmp);
  }
  long t = report(root);
  int removed = 0;
  for (int step = 1; step <= 6; step++) {
    removed += churn(&root, syms, count, step);
    t += report(root);
  }
  tdestroy(root, no_free);
  printf("%ld removed %d calls>0 %d\n", t, removed, calls > 0);
  return 0;
}
