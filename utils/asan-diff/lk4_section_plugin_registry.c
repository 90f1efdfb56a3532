// EXPECT: none
// Plugins register themselves by placing a descriptor in a named section
// ("lk4_plugins"); at start-up the host walks __start_/__stop_ of the section
// and gives each plugin a heap-allocated state, stored only in its descriptor.
// The section is writable data of the executable, a root for LSan: the
// states are reachable at exit. Transient buffers are freed.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct plugin {
  const char *name;
  int prio;
  void *state;
  size_t state_size;
};

#define PLUGIN(id, prio) \
  __attribute__((used, section("lk4_plugins"), aligned(8))) static struct plugin plugin_##id = {#id, prio, NULL, 0}

PLUGIN(auth, 1);
PLUGIN(cache, 2);
PLUGIN(gzip, 3);
PLUGIN(metrics, 4);

extern struct plugin __start_lk4_plugins[];
extern struct plugin __stop_lk4_plugins[];

__attribute__((noinline)) static int init_plugins(int n) {
  int count = 0;
  for (struct plugin *p = __start_lk4_plugins; p < __stop_lk4_plugins; p++) {
    p->state_size = (size_t)n * (size_t)(p->prio + 4);
    p->state = malloc(p->state_size);
    memset(p->state, p->prio, p->state_size);
    char *scratch = malloc(p->state_size * 2);
    snprintf(scratch, p->state_size * 2, "init %s", p->name);
    free(scratch);
    count++;
  }
  return count;
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  int count = init_plugins(n);
  scrub();
  size_t total = 0;
  for (struct plugin *p = __start_lk4_plugins; p < __stop_lk4_plugins; p++) total += p->state_size;
  printf("plugins %d state bytes %zu\n", count, total);
  return 0;
}
