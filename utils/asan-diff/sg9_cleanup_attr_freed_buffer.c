// EXPECT: heap-use-after-free
// A scratch buffer is released by an __attribute__((cleanup)) handler that
// also logs the buffer's first bytes; an early-exit path already freed the
// buffer by hand, so the handler reads freed memory when the scope ends.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void release(char **p) {
  if (*p) {
    fprintf(stderr, "release %c%c\n", (*p)[0], (*p)[1]); // BUG
    free(*p);
  }
}

__attribute__((noinline)) static int parse(const char *in, int limit) {
  __attribute__((cleanup(release))) char *buf = malloc(64);
  strcpy(buf, in);
  if ((int)strlen(buf) > limit) {
    free(buf);                          /* "free early"; buf not cleared */
    return -1;
  }
  return buf[0];
}

int main(int argc, char **argv) {
  printf("%d %d\n", parse(argv[2], atoi(argv[1])), argc);
  return 0;
}
