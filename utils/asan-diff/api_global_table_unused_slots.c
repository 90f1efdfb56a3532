// EXPECT: use-after-poison
// A static handler table with room for 32 entries poisons the slots that are
// not registered yet (so a stray lookup is caught) and unpoisons each slot as
// a handler is registered. The dispatcher's lookup loop uses `<=` on the
// number of registered handlers and reads the first unregistered slot's name
// pointer before the comparison can stop it.
#include <sanitizer/asan_interface.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int (*handler_fn)(int);

struct entry {
  const char *name;
  handler_fn fn;
};

static struct entry table[32];
static int nentries;

static int h_double(int x) { return 2 * x; }
static int h_square(int x) { return x * x; }
static int h_neg(int x) { return -x; }

static void table_init(void) {
  ASAN_POISON_MEMORY_REGION(table, sizeof table);
  nentries = 0;
}

static void reg(const char *name, handler_fn fn) {
  ASAN_UNPOISON_MEMORY_REGION(&table[nentries], sizeof table[0]);
  table[nentries].name = name;
  table[nentries].fn = fn;
  nentries++;
}

static handler_fn lookup(const char *name) {
  for (int i = 0; i <= nentries; i++)
    if (strcmp(table[i].name, name) == 0) // BUG
      return table[i].fn;
  return NULL;
}

int main(int argc, char **argv) {
  table_init();
  reg("double", h_double);
  reg("square", h_square);
  reg("neg", h_neg);
  int x = atoi(argv[1]);
  printf("%d\n", lookup("square")(x));
  handler_fn f = lookup(argv[2]);
  printf("%s\n", f ? "found" : "unknown");
  return 0;
}
