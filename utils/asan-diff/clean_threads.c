// EXPECT: none
#include <pthread.h>
#include <stdio.h>
#include <string.h>
void *work(void *a) { char b[4096]; memset(b, 1, sizeof b); long s = 0; for (int i = 0; i < 4096; i++) s += b[i]; return (void *)s; }
int main(void) { pthread_t t[8]; for (int i = 0; i < 8; i++) pthread_create(&t[i], 0, work, 0); long tot = 0; for (int i = 0; i < 8; i++) { void *r; pthread_join(t[i], &r); tot += (long)r; } printf("%ld\n", tot); return 0; }
