// EXPECT: stack-use-after-return
// A batch processor registers a pointer to a progress record (a local of
// the batch function) in a global registry so a monitor can show live
// progress. The early-exit path for an empty batch returns without
// unregistering, and the monitor's report later follows the stale pointer
// into the dead frame.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Progress {
  char label[16];
  int done, total;
};

static struct Progress *g_registry[8];
static int g_nreg;

static int reg(struct Progress *p) {
  g_registry[g_nreg] = p;
  return g_nreg++;
}
static void unreg(int slot) { g_registry[slot] = NULL; }

__attribute__((noinline)) static long process_batch(int id, const int *items, int count) {
  struct Progress pr;
  snprintf(pr.label, sizeof pr.label, "batch-%d", id);
  pr.done = 0;
  pr.total = count;
  int slot = reg(&pr);
  if (count == 0) return 0;  // forgets unreg(slot)
  long s = 0;
  for (int i = 0; i < count; i++, pr.done++) s += items[i];
  unreg(slot);
  return s;
}

__attribute__((noinline)) static int monitor_report(void) {
  int live = 0;
  for (int i = 0; i < g_nreg; i++) {
    const struct Progress *p = g_registry[i];
    if (p && p->done < p->total) live++;  // BUG
  }
  return live;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  int items[16];
  for (int i = 0; i < 16; i++) items[i] = i * n;
  long s = process_batch(0, items, 16);
  s += process_batch(1, items, 0);
  s += process_batch(2, items + 8, 8);
  printf("%ld live=%d\n", s, monitor_report());
  return 0;
}
