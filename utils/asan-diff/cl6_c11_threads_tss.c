// EXPECT: none
// A C11 <threads.h> worker pool: thrd_create workers pull jobs from a
// mtx_t/cnd_t protected queue in a global array, keep per-thread scratch
// through tss_t (with a destructor that frees it at thread exit),
// initialise a shared table exactly once with call_once, and hand results
// back through a local struct of main that each thread gets a pointer to.
// Workers return through thrd_exit from a nested frame.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <threads.h>

enum { NJ = 64, NT = 4 };

static struct { int v[NJ]; int head, tail; } g_q;
static mtx_t g_m;
static cnd_t g_cv;
static tss_t g_scratch;
static once_flag g_once = ONCE_FLAG_INIT;
static unsigned short g_table[257];
static int g_closing;

static void build_table(void) {
  for (int i = 0; i < 257; i++) g_table[i] = (unsigned short)(i * i % 65521);
}

static void free_scratch(void *p) { free(p); }

struct Results {
  long sum[NT];
  int count[NT];
};

struct Arg {
  int id;
  struct Results *res;
};

__attribute__((noinline)) static void finish(struct Arg *a, int code) {
  char msg[48];
  snprintf(msg, sizeof msg, "worker %d done", a->id);
  a->res->count[a->id] += (int)strlen(msg) > 0 ? 0 : 1;
  thrd_exit(code);
}

static int worker(void *p) {
  struct Arg *a = p;
  call_once(&g_once, build_table);
  char *scratch = malloc(1024);
  tss_set(g_scratch, scratch);
  for (;;) {
    mtx_lock(&g_m);
    while (g_q.head == g_q.tail && !g_closing) cnd_wait(&g_cv, &g_m);
    if (g_q.head == g_q.tail) {
      mtx_unlock(&g_m);
      finish(a, a->id);
    }
    int job = g_q.v[g_q.head++ % NJ];
    mtx_unlock(&g_m);
    char *s = tss_get(g_scratch);
    int n = snprintf(s, 1024, "%0*d", job % 900 + 1, job);
    a->res->sum[a->id] += g_table[(unsigned char)s[n - 1] + 1] + n;
    a->res->count[a->id]++;
  }
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  struct Results res;
  memset(&res, 0, sizeof res);
  struct Arg args[NT];
  thrd_t t[NT];
  mtx_init(&g_m, mtx_plain);
  cnd_init(&g_cv);
  tss_create(&g_scratch, free_scratch);
  for (int i = 0; i < NT; i++) {
    args[i] = (struct Arg){i, &res};
    thrd_create(&t[i], worker, &args[i]);
  }
  for (int round = 0; round < n; round++) {
    for (int j = 0; j < NJ / 2; j++) {
      mtx_lock(&g_m);
      while (g_q.tail - g_q.head == NJ) { mtx_unlock(&g_m); thrd_yield(); mtx_lock(&g_m); }
      g_q.v[g_q.tail++ % NJ] = round * 100 + j;
      cnd_signal(&g_cv);
      mtx_unlock(&g_m);
    }
  }
  mtx_lock(&g_m);
  g_closing = 1;
  cnd_broadcast(&g_cv);
  mtx_unlock(&g_m);
  int codes = 0, jobs = 0;
  long sum = 0;
  for (int i = 0; i < NT; i++) {
    int rc;
    thrd_join(t[i], &rc);
    codes += rc;
    jobs += res.count[i];
    sum += res.sum[i];
  }
  printf("jobs %d codes %d sum %ld\n", jobs, codes, sum);
  tss_delete(g_scratch);
  cnd_destroy(&g_cv);
  mtx_destroy(&g_m);
  return 0;
}
