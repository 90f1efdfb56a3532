// EXPECT: none
// Memory still reachable at exit from a global, a static local, TLS, an interior pointer and a heap chain: no leak.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
void *g_root;
char *g_interior;
_Thread_local void *tls_root;
struct L { struct L *next; char pad[24]; };
struct L *g_list;
static void *keep(void) { static void *s; if (!s) s = malloc(31); return s; }
int main(int argc, char **argv) {
  g_root = malloc(100);
  g_interior = (char *)malloc(64) + 20;
  tls_root = malloc(12);
  for (int i = 0; i < 10; i++) { struct L *n = malloc(sizeof *n); n->next = g_list; g_list = n; }
  keep();
  char **env_copy = malloc(3 * sizeof(char *));
  env_copy[0] = strdup(argv[1]); env_copy[1] = strdup(argv[2]); env_copy[2] = 0;
  g_root = memcpy(g_root, &env_copy, sizeof env_copy);
  printf("%p\n", (void *)g_list->next);
  return 0;
}
