// EXPECT: leak
#include <pthread.h>
#include <stdlib.h>
void *work(void *a) { void *p = malloc(77); (void)p; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, work, 0); pthread_join(t, 0); return 0; }
