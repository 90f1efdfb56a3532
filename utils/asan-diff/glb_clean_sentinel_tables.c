// EXPECT: none
// Const tables in read-only data scanned up to their sentinel entries: a
// key/value table ending in {0, NULL}, a NULL-terminated names table, and
// a string table of const char[][6] ending with an empty row.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct kv { int key; const char *val; };
static const struct kv g_map[] = {{1, "one"}, {2, "two"}, {3, "three"},
                                  {0, NULL}};
static const char *const g_names[] = {"alpha", "beta", "gamma", NULL};
static const char g_units[][6] = {"B", "KiB", "MiB", "GiB", ""};

int main(int argc, char **argv) {
  int want = atoi(argv[1]) * 10 + argc; /* not present */
  const struct kv *e = g_map;
  while (e->key && e->key != want) e++;
  int names = 0;
  for (const char *const *p = g_names; *p; p++) names += (int)strlen(*p);
  int units = 0;
  for (int i = 0; g_units[i][0]; i++) units++;
  printf("%s %d %d %s\n", e->val ? e->val : "none", names, units,
         g_units[units - 1]);
  return 0;
}
