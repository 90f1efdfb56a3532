// EXPECT: none
// A server builds its configuration once, keeps pointers to the parsed
// strings in a page-aligned global, then seals that page read-only with
// mprotect() so nothing can change it. The page is still part of the
// program's data segment (a global), so LSan scans it and the strings are
// reachable. Everything else is freed.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

struct config {
  char *listen;
  char *root;
  char *names[8];
  int nnames;
  char pad[4096 - 10 * sizeof(char *) - sizeof(int)];
};

static struct config g_cfg __attribute__((aligned(4096)));

__attribute__((noinline)) static void load(int n, const char *alpha) {
  g_cfg.listen = strdup("0.0.0.0:8080");
  g_cfg.root = malloc((size_t)n * 8);
  snprintf(g_cfg.root, (size_t)n * 8, "/srv/%.*s", n, alpha);
  for (int i = 0; i < 8 && i < n; i++) {
    g_cfg.names[i] = malloc((size_t)n + i);
    snprintf(g_cfg.names[i], (size_t)n + i, "vh%d.%c", i, alpha[i]);
    g_cfg.nnames++;
  }
  /* a scratch parse buffer, freed */
  char *tmp = malloc((size_t)n * 100);
  memset(tmp, 0, (size_t)n * 100);
  free(tmp);
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  load(n, argc > 2 ? argv[2] : "ABCDEFGHIJ");
  if (mprotect(&g_cfg, sizeof g_cfg, PROT_READ) != 0) {
    perror("mprotect");
    return 2;
  }
  scrub();
  printf("listen %s root %s names %d last %s\n", g_cfg.listen, g_cfg.root, g_cfg.nnames,
         g_cfg.names[g_cfg.nnames - 1]);
  return 0;
}
