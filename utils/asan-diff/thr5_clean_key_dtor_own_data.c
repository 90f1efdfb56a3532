// EXPECT: none
// Two pthread_keys with destructors that free their own values; the first
// destructor installs a fresh value in the second key once (which glibc
// destroys in the next round), and never reuses a freed pointer.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static pthread_key_t k1, k2;
static volatile long freed;
static void d2(void *p) {
  char *s = p;
  freed += (long)strlen(s);
  free(s);
}
static void d1(void *p) {
  int *v = p;
  char *note = malloc(32);
  snprintf(note, 32, "last=%d", v[7]);
  free(v);
  if (!pthread_getspecific(k2)) pthread_setspecific(k2, note);
  else free(note);
}
static void *work(void *u) {
  int *v = malloc(8 * sizeof(int));
  for (int i = 0; i < 8; i++) v[i] = (int)(long)u + i;
  pthread_setspecific(k1, v);
  return 0;
}
int main(int argc, char **argv) {
  pthread_key_create(&k1, d1);
  pthread_key_create(&k2, d2);
  int n = atoi(argv[1]);
  for (int i = 0; i < n; i++) {
    pthread_t t;
    pthread_create(&t, 0, work, (void *)(long)i);
    pthread_join(t, 0);
  }
  printf("%ld\n", freed);
  return 0;
}
