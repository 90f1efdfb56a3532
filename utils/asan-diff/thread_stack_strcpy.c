// EXPECT: stack-buffer-overflow
#include <pthread.h>
#include <stdio.h>
#include <string.h>
static void *work(void *arg) {
  char name[16];
  strcpy(name, (const char *)arg); // BUG
  printf("%s\n", name);
  return 0;
}
int main(int argc, char **argv) {
  pthread_t t;
  pthread_create(&t, 0, work, argv[2]);
  pthread_join(t, 0);
  return 0;
}
