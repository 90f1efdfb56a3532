// EXPECT: heap-use-after-free
// Loads a group file into a cache entry that embeds struct group. An
// eviction frees the entry between lookup and fill, and fgetgrent_r then
// fills the freed entry's struct group.
#define _GNU_SOURCE
#include <grp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct cache_entry {
  char key[32];
  struct group gr;
  char strings[256];
};

static struct cache_entry *slot;

static struct cache_entry *lookup(const char *key, int evict) {
  if (!slot) {
    slot = calloc(1, sizeof *slot);
    snprintf(slot->key, sizeof slot->key, "%s", key);
  }
  struct cache_entry *e = slot;
  if (evict) {
    free(slot);
    slot = NULL;
  }
  return e;
}

int main(int argc, char **argv) {
  FILE *f = fopen("group.test", "w");
  fputs("builders:x:2001:alice,bob\n", f);
  fclose(f);
  f = fopen("group.test", "r");
  struct cache_entry *e = lookup("builders", argc > 2);
  struct group *res = NULL;
  int rc = fgetgrent_r(f, &e->gr, e->strings, sizeof e->strings, &res); // BUG
  printf("%d %s\n", rc, res ? "found" : "none");
  fclose(f);
  return 0;
}
