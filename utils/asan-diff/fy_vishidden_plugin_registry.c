// EXPECT: heap-use-after-free
// FLAGS: -fvisibility=hidden -fPIC
// Code built as for a shared library with hidden default visibility (only
// the marked API is exported): a plugin registry unregisters a plugin and
// frees its record, then the exported lookup still walks the stale
// pointer kept in the cache slot.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define API __attribute__((visibility("default")))

struct plugin { char name[24]; int version; };

static struct plugin *registry[4];
static struct plugin *cache;

static void reg(int slot, const char *name, int v) {
  registry[slot] = calloc(1, sizeof(struct plugin));
  snprintf(registry[slot]->name, sizeof registry[slot]->name, "%s", name);
  registry[slot]->version = v;
}

static void unreg(int slot) {
  free(registry[slot]);
  registry[slot] = NULL;
}

API int plugin_version(const char *name) {
  if (cache && strcmp(cache->name, name) == 0) return cache->version; // BUG
  for (int i = 0; i < 4; i++)
    if (registry[i] && strcmp(registry[i]->name, name) == 0) {
      cache = registry[i];
      return registry[i]->version;
    }
  return -1;
}

int main(int argc, char **argv) {
  reg(0, "codec", atoi(argv[1]));
  reg(1, "filter", 2);
  printf("%d\n", plugin_version("codec"));
  unreg(0);
  printf("%d\n", plugin_version("codec"));
  unreg(1);
  return 0;
}
