// EXPECT: none
// 5 rounds of 10 threads, each with two pthread_key values (a heap buffer
// and a linked list) whose destructors free them at thread exit; one key's
// destructor sets the other key again, taking a second destructor pass.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct node { struct node *next; int v; };
static pthread_key_t kbuf, klist;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static long freed;
static void free_buf(void *p) {
  pthread_mutex_lock(&mu);
  freed += ((char *)p)[0];
  pthread_mutex_unlock(&mu);
  free(p);
}
static void free_list(void *p) {
  struct node *n = p;
  while (n) { struct node *nx = n->next; free(n); n = nx; }
  char *again = malloc(8);
  again[0] = 1;
  if (!pthread_getspecific(kbuf)) pthread_setspecific(kbuf, again);
  else free(again);
}
static void *work(void *p) {
  long id = (long)p;
  char *b = malloc(100 + id);
  memset(b, (int)id, 100 + id);
  pthread_setspecific(kbuf, b);
  struct node *head = 0;
  for (int i = 0; i < 20 + id; i++) {
    struct node *n = malloc(sizeof *n);
    n->v = i;
    n->next = head;
    head = n;
  }
  pthread_setspecific(klist, head);
  if (id & 1) { pthread_setspecific(kbuf, 0); free(b); }
  return 0;
}
int main(void) {
  pthread_key_create(&kbuf, free_buf);
  pthread_key_create(&klist, free_list);
  for (int r = 0; r < 5; r++) {
    pthread_t t[10];
    for (long i = 0; i < 10; i++) pthread_create(&t[i], 0, work, (void *)i);
    for (int i = 0; i < 10; i++) pthread_join(t[i], 0);
  }
  printf("%ld\n", freed);
  return 0;
}
