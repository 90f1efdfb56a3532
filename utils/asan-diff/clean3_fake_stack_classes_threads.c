// EXPECT: none
// Six threads at once call functions whose frames fall in every fake
// stack size class (32 bytes to 60 KB), nested so that each passes a
// pointer to its array to the next, which reads it while it is live.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static unsigned peek(const unsigned char *p, size_t n) {
  return p[0] + p[n / 2] + p[n - 1];
}

#define LEVEL(NAME, N, NEXT)                                                  \
  __attribute__((noinline)) static unsigned NAME(int v, const unsigned char *up, \
                                                 size_t upn) {                \
    unsigned char a[N];                                                       \
    memset(a, v, sizeof a);                                                   \
    unsigned s = up ? peek(up, upn) : 0;                                      \
    return s + peek(a, sizeof a) + NEXT;                                      \
  }

__attribute__((noinline)) static unsigned l_end(int v, const unsigned char *up,
                                                size_t upn) {
  return (unsigned)v + peek(up, upn);
}
LEVEL(l60k, 60000, l_end(v, a, sizeof a))
LEVEL(l20k, 20000, l60k(v + 1, a, sizeof a))
LEVEL(l9k, 9000, l20k(v + 1, a, sizeof a))
LEVEL(l3k, 3000, l9k(v + 1, a, sizeof a))
LEVEL(l1k, 1000, l3k(v + 1, a, sizeof a))
LEVEL(l500, 500, l1k(v + 1, a, sizeof a))
LEVEL(l200, 200, l500(v + 1, a, sizeof a))
LEVEL(l100, 100, l200(v + 1, a, sizeof a))
LEVEL(l40, 40, l100(v + 1, a, sizeof a))
LEVEL(l8, 8, l40(v + 1, a, sizeof a))

static void *run(void *arg) {
  long id = (long)arg;
  unsigned s = 0;
  for (int r = 0; r < 300; r++) s += l8((int)(id + r), NULL, 0);
  return (void *)(long)s;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]) - 4;
  pthread_t th[6];
  for (long i = 0; i < n; i++) pthread_create(&th[i], NULL, run, (void *)i);
  long total = 0;
  for (int i = 0; i < n; i++) {
    void *r;
    pthread_join(th[i], &r);
    total += (long)r;
  }
  printf("%ld %d\n", total, argc);
  return 0;
}
