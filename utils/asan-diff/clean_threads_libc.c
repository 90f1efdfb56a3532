// EXPECT: none
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
static void *work(void *arg) {
  long id = (long)arg;
  char buf[256], tok[256];
  snprintf(buf, sizeof buf, "t%ld:a,b,c,%ld", id, id * id);
  strcpy(tok, buf);
  char *save, *t;
  long n = 0;
  for (t = strtok_r(tok, ",:", &save); t; t = strtok_r(0, ",:", &save)) n += (long)strlen(t);
  struct tm tm;
  time_t now = 1700000000 + id;
  gmtime_r(&now, &tm);
  char when[64];
  strftime(when, sizeof when, "%F %T", &tm);
  int *heap = calloc(100, sizeof(int));
  for (int i = 0; i < 100; i++) heap[i] = i;
  n += heap[99] + (long)strlen(when);
  free(heap);
  return (void *)n;
}
int main(void) {
  pthread_t t[6];
  for (long i = 0; i < 6; i++) pthread_create(&t[i], 0, work, (void *)i);
  long tot = 0;
  for (int i = 0; i < 6; i++) { void *r; pthread_join(t[i], &r); tot += (long)r; }
  printf("%ld\n", tot);
  return 0;
}
