// EXPECT: stack-buffer-overflow
// A worker thread runs on a stack the program allocated itself
// (pthread_attr_setstack with a 256 KiB malloc'ed block); a parser in that
// thread overruns a local buffer by one byte.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static size_t copy_word(char *dst, const char *src, size_t n) {
  size_t i = 0;
  for (; i <= n && src[i]; i++) dst[i] = src[i]; // BUG
  return i;
}
static void *worker(void *arg) {
  const char *src = arg;
  char word[12];
  size_t k = copy_word(word, src, sizeof word);
  return (void *)(k + (unsigned char)word[0]);
}
int main(int argc, char **argv) {
  size_t sz = 256 * 1024;
  void *stack = NULL;
  if (posix_memalign(&stack, 4096, sz)) return 1;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstack(&attr, stack, sz);
  pthread_t t;
  void *res;
  pthread_create(&t, &attr, worker, argv[2] + atoi(argv[1]));
  pthread_join(t, &res);
  pthread_attr_destroy(&attr);
  free(stack);
  printf("%ld %d\n", (long)res, argc);
  return 0;
}
