// EXPECT: stack-buffer-overflow
// Main gives 9 workers the address of its local results[8]; each writes its
// own slot, and worker 8 writes one past the end of main's array.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct arg { long *results; int id; int scale; };
static void *work(void *p) {
  struct arg *a = p;
  a->results[a->id] = (long)a->id * a->scale; // BUG
  return 0;
}
int main(int argc, char **argv) {
  long results[8];
  struct arg args[9];
  pthread_t t[9];
  int scale = atoi(argv[1]);
  for (int i = 0; i < 9; i++) {
    args[i].results = results;
    args[i].id = i;
    args[i].scale = scale;
  }
  for (int i = 0; i < 8; i++) { pthread_create(&t[i], 0, work, &args[i]); pthread_join(t[i], 0); }
  pthread_create(&t[8], 0, work, &args[8]);
  pthread_join(t[8], 0);
  long s = 0;
  for (int i = 0; i < 8; i++) s += results[i];
  printf("%ld\n", s);
  return 0;
}
