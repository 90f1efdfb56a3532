// EXPECT: heap-buffer-overflow
// pthread_once builds a 16-entry heap table on first use; 5 threads look up
// entries, and thread 3 asks for entry 16.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int *table;
static int bad;
static void init(void) { table = malloc(16 * sizeof *table); for (int i = 0; i < 16; i++) table[i] = i * i; }
static void *look(void *p) {
  pthread_once(&once, init);
  long id = (long)p;
  int i = id == 3 ? bad : (int)id;
  return (void *)(long)table[i]; // BUG
}
int main(int argc, char **argv) {
  bad = atoi(argv[1]) + 6; /* 16 */
  pthread_t t[5];
  for (long i = 0; i < 5; i++) { pthread_create(&t[i], 0, look, (void *)i); pthread_join(t[i], 0); }
  free(table);
  puts("ok");
  return 0;
}
