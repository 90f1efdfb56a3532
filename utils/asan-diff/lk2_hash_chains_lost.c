// EXPECT: leak
// A chained hash table frees its bucket array but not the chain entries; every entry is lost.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct ent { struct ent *next; int key; char val[12]; };
struct table { struct ent **b; int nb; };
struct table g_t;
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  g_t.nb = 4;
  g_t.b = calloc(g_t.nb, sizeof *g_t.b);
  for (int i = 0; i < n; i++) {
    struct ent *e = malloc(sizeof *e); // BUG
    e->key = i;
    snprintf(e->val, sizeof e->val, "v%d", i);
    e->next = g_t.b[i % g_t.nb];
    g_t.b[i % g_t.nb] = e;
  }
  int c = 0;
  for (int j = 0; j < g_t.nb; j++) for (struct ent *e = g_t.b[j]; e; e = e->next) c++;
  free(g_t.b);
  g_t.b = 0;
  printf("%d\n", c);
  return 0;
}
