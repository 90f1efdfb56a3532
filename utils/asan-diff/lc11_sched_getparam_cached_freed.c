// EXPECT: heap-use-after-free
// A scheduler-policy cache frees its entry when the refresh counter
// expires, then refreshes the stale pointer's sched_param anyway.
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

struct policy_cache {
  int policy;
  int refreshes;
  struct sched_param param;
};

static struct policy_cache *cache;

static int refresh(int budget) {
  if (++cache->refreshes > budget)
    free(cache);
  return sched_getparam(0, &cache->param); // BUG
}

int main(int argc, char **argv) {
  cache = calloc(1, sizeof *cache);
  cache->policy = sched_getscheduler(0);
  int budget = argc > 5 ? 3 : 0;
  printf("%d\n", refresh(budget));
  return 0;
}
