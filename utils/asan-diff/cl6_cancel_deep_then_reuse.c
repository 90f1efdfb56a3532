// EXPECT: none
// Search workers recurse 300 levels deep with a 512-byte local block per
// level and call pthread_testcancel() at every level; cleanup handlers
// pushed in the top frame record how far each got. main cancels the
// workers once the first has found an answer, joins them, and starts a
// second generation of threads with the same (reused, cached) stacks that
// fill big local arrays from the bottom up.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { NW = 4 };

static pthread_mutex_t g_m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t g_cv = PTHREAD_COND_INITIALIZER;
static int g_found = -1;
static long g_reached[NW];

struct Ctx {
  int id;
  long depth_seen;
};

static void note_depth(void *p) {
  struct Ctx *c = p;
  g_reached[c->id] = c->depth_seen;
}

__attribute__((noinline)) static long search(struct Ctx *c, int depth, unsigned h) {
  unsigned char block[512];
  memset(block, (int)(h & 0xff), sizeof block);
  c->depth_seen = depth;
  pthread_testcancel();
  if (depth == 300) {
    if (c->id == 0) {
      pthread_mutex_lock(&g_m);
      if (g_found < 0) g_found = c->id;
      pthread_cond_signal(&g_cv);
      pthread_mutex_unlock(&g_m);
      return block[511];
    }
    for (;;) {  // the others keep spinning at the bottom until cancelled
      pthread_testcancel();
      usleep(100);
    }
  }
  return search(c, depth + 1, h * 33 + block[depth % 512]) + block[0];
}

static void *worker(void *arg) {
  struct Ctx c = {(int)(long)arg, 0};
  long r;
  pthread_cleanup_push(note_depth, &c);
  r = search(&c, 0, (unsigned)c.id + 1);
  pthread_cleanup_pop(1);
  return (void *)r;
}

static void *filler(void *arg) {
  char big[96 * 1024];
  for (size_t i = 0; i < sizeof big; i++) big[i] = (char)(i + (size_t)arg);
  long s = 0;
  for (size_t i = 0; i < sizeof big; i += 4096) s += big[i];
  return (void *)s;
}

int main(int argc, char **argv) {
  (void)argc;
  (void)argv;
  pthread_t t[NW];
  for (long i = 0; i < NW; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  pthread_mutex_lock(&g_m);
  while (g_found < 0) pthread_cond_wait(&g_cv, &g_m);
  pthread_mutex_unlock(&g_m);
  int cancelled = 0;
  for (int i = 0; i < NW; i++) {
    void *r;
    if (i != g_found) pthread_cancel(t[i]);
    pthread_join(t[i], &r);
    cancelled += r == PTHREAD_CANCELED;
  }
  long s = 0;
  for (long i = 0; i < NW; i++) pthread_create(&t[i], NULL, filler, (void *)i);
  for (int i = 0; i < NW; i++) {
    void *r;
    pthread_join(t[i], &r);
    s += (long)r;
  }
  printf("found %d cancelled %d reached %ld sum %ld\n", g_found, cancelled,
         g_reached[0], s);
  return 0;
}
