// EXPECT: heap-use-after-free
// FLAGS: -flto
// Link-time optimization (-flto, whole program optimized at link time;
// the instrumentation must survive it): a handler registry removes a
// handler and frees it, but the dispatcher walks a snapshot array taken
// before the removal.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct handler { char name[16]; int (*fn)(int); int calls; };

static struct handler *slots[4];
static int nslots;

static int twice(int x) { return 2 * x; }
static int plus1(int x) { return x + 1; }

static void add(const char *name, int (*fn)(int)) {
  struct handler *h = calloc(1, sizeof *h);
  snprintf(h->name, sizeof h->name, "%s", name);
  h->fn = fn;
  slots[nslots++] = h;
}

static void remove_at(int i) {
  free(slots[i]);
  slots[i] = slots[--nslots];
}

int main(int argc, char **argv) {
  add("twice", twice);
  add("plus1", plus1);
  struct handler *snap[4];
  int n = nslots;
  memcpy(snap, slots, sizeof snap);
  if (atoi(argv[1]) > 5) remove_at(0);
  int x = 1;
  for (int i = 0; i < n; i++) {
    snap[i]->calls++; // BUG
    x = snap[i]->fn(x);
  }
  printf("%d %d %s\n", x, nslots, argv[2]);
  return 0;
}
