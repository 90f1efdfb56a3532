// EXPECT: none
// Four threads, each with 200 KiB of locals filled and read to the last
// byte, plus a small-stack thread.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static void *work(void *arg) {
  int id = (int)(long)arg;
  char big[150 * 1024];
  int ints[12800];
  memset(big, id, sizeof big);
  for (int i = 0; i < 12800; i++) ints[i] = i + id;
  long s = big[sizeof big - 1] + ints[12799];
  return (void *)s;
}
static void *small(void *arg) {
  char b[1000];
  memset(b, 1, sizeof b);
  return (void *)(long)(b[999] + (int)(long)arg);
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]) / 2 - 1; /* 4 */
  pthread_t t[4], u;
  long total = 0;
  for (int i = 0; i < n; i++) pthread_create(&t[i], 0, work, (void *)(long)i);
  pthread_attr_t a;
  pthread_attr_init(&a);
  pthread_attr_setstacksize(&a, 64 * 1024);
  pthread_create(&u, &a, small, (void *)(long)argc);
  for (int i = 0; i < n; i++) { void *r; pthread_join(t[i], &r); total += (long)r; }
  void *r; pthread_join(u, &r); total += (long)r;
  printf("%ld\n", total);
  return 0;
}
