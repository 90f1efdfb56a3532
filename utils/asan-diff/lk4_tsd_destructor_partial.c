// EXPECT: leak
// Each worker keeps a per-thread cache (a struct with an array of strdup'd
// entries) in a pthread key whose destructor frees only the struct. When the
// workers exit, the entries array and its strings are no longer reachable
// from anything: they leak (the array directly, the strings indirectly).
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct tcache {
  char **entries;
  int count;
  int hits;
};

static pthread_key_t g_key;
static int g_n;

static void tcache_dtor(void *p) {
  struct tcache *c = p;
  free(c); /* BUG: c->entries and the strings are not freed */
}

__attribute__((noinline)) static struct tcache *tcache_get(void) {
  struct tcache *c = pthread_getspecific(g_key);
  if (!c) {
    c = calloc(1, sizeof *c);
    c->entries = calloc((size_t)g_n, sizeof *c->entries);
    pthread_setspecific(g_key, c);
  }
  return c;
}

static void *worker(void *arg) {
  int id = (int)(long)arg;
  struct tcache *c = tcache_get();
  for (int i = 0; i < g_n / 2; i++) {
    char buf[32];
    snprintf(buf, sizeof buf, "w%d-entry-%d", id, i);
    c->entries[c->count++] = strdup(buf);
  }
  c->hits = c->count * 2;
  return (void *)(long)c->hits;
}

int main(int argc, char **argv) {
  g_n = argc > 1 ? atoi(argv[1]) : 10;
  pthread_key_create(&g_key, tcache_dtor);
  pthread_t t[3];
  for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  long total = 0;
  for (int i = 0; i < 3; i++) {
    void *r;
    pthread_join(t[i], &r);
    total += (long)r;
  }
  printf("hits %ld\n", total);
  return 0;
}
