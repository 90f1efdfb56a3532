// EXPECT: none
// Threads leave through pthread_exit from 12 frames deep. Frames at
// several depths push cleanup handlers whose argument is the address of a
// local struct (with an array) of the pushing frame; during the unwind
// each handler reads that local and adds into a local of the start
// routine's frame through a pointer it holds. Results are collected
// through a global written by the outermost handler.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ledger {
  long *total;
  int depth;
  int values[15];
  char name[13];
};

static long results[8];

static void settle(void *arg) {
  struct ledger *l = arg;
  long s = l->depth + (long)strlen(l->name);
  for (int i = 0; i < 15; i++) s += l->values[i];
  *l->total += s;
}

static void publish(void *arg) {
  struct ledger *l = arg;
  results[l->depth] = *l->total + l->values[14];
}

__attribute__((noinline)) static void descend(int d, long *total, long id) {
  struct ledger here;
  here.total = total;
  here.depth = d;
  for (int i = 0; i < 15; i++) here.values[i] = d * 10 + i + (int)id;
  snprintf(here.name, sizeof here.name, "lvl%d", d);
  if (d % 3 == 0) {
    pthread_cleanup_push(settle, &here);
    if (d == 0) pthread_exit((void *)id);
    descend(d - 1, total, id);
    pthread_cleanup_pop(0);
  } else {
    descend(d - 1, total, id);
  }
}

static void *start(void *arg) {
  long id = (long)arg;
  long total = 0;
  struct ledger top;
  memset(&top, 0, sizeof top);
  top.total = &total;
  top.depth = (int)id;
  top.values[14] = 1000;
  pthread_cleanup_push(publish, &top);
  descend(12, &total, id);
  pthread_cleanup_pop(0);
  return NULL;
}

__attribute__((noinline)) static long reuse(int d) {
  char fill[512];
  memset(fill, d, sizeof fill);
  return d ? fill[511] + reuse(d - 1) : fill[0];
}

static void *reuser(void *arg) {
  return (void *)reuse(20 + (int)(long)arg);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  long grand = 0;
  for (int round = 0; round < n; round++) {
    pthread_t th[8];
    for (long i = 0; i < 8; i++) pthread_create(&th[i], NULL, round % 2 ? reuser : start, (void *)i);
    for (int i = 0; i < 8; i++) {
      void *ret;
      pthread_join(th[i], &ret);
      grand += (long)ret;
    }
  }
  for (int i = 0; i < 8; i++) grand += results[i];
  printf("%ld\n", grand);
  return 0;
}
