// EXPECT: none
#include <pthread.h>
#include <stdlib.h>
pthread_key_t k;
int main(void) { pthread_key_create(&k, 0); pthread_setspecific(k, malloc(30)); return 0; }
