// EXPECT: none
// _Thread_local arrays of odd sizes, a thread-local struct with an array
// member and a thread-local pointer to a local of the thread's top frame;
// every thread fills its own copies to the last element and the main
// thread checks the sums.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static _Thread_local unsigned char tl_bytes[37];
static _Thread_local int tl_ints[13] = {1, 2, 3};
static _Thread_local struct {
  char name[11];
  long hist[9];
} tl_rec;
static _Thread_local long *tl_cursor;

__attribute__((noinline)) static void fill(int id) {
  memset(tl_bytes, id, sizeof tl_bytes);
  for (int i = 0; i < 13; i++) tl_ints[i] += id * i;
  snprintf(tl_rec.name, sizeof tl_rec.name, "thread%04d", id);
  for (int i = 0; i < 9; i++) tl_rec.hist[i] = id + i;
}

__attribute__((noinline)) static long total(void) {
  long s = 0;
  for (size_t i = 0; i < sizeof tl_bytes; i++) s += tl_bytes[i];
  for (int i = 0; i < 13; i++) s += tl_ints[i];
  s += (long)strlen(tl_rec.name) + tl_rec.hist[8] + tl_rec.name[9];
  *tl_cursor += s;
  return s;
}

static void *run(void *arg) {
  int id = (int)(long)arg;
  long local_sum = 0;
  tl_cursor = &local_sum;
  for (int r = 0; r < 100; r++) {
    fill(id + r);
    total();
  }
  tl_cursor = NULL;
  return (void *)local_sum;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]) / 2;
  pthread_t th[8];
  for (long i = 0; i < n; i++) pthread_create(&th[i], NULL, run, (void *)i);
  long sum = 0;
  for (int i = 0; i < n; i++) {
    void *r;
    pthread_join(th[i], &r);
    sum += (long)r;
  }
  long mine = 0;
  tl_cursor = &mine;
  fill(99);
  sum += total();
  tl_cursor = NULL;
  printf("%ld %d\n", sum, argc);
  return 0;
}
