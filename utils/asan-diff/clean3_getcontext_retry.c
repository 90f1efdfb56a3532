// EXPECT: none
// A retry loop built on getcontext/setcontext: a worker nested three
// frames deep (each with an array) asks to retry by calling setcontext on
// a context saved in the caller; the retry counter lives in a global and
// the saved context in a static. After the retries, normal calls reuse
// the stack.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

static ucontext_t retry_point;
static volatile int attempts;
static volatile long progress;

__attribute__((noinline)) static void inner(int limit, const char *data) {
  char tmp[48];
  memcpy(tmp, data, 26);
  memset(tmp + 26, '.', sizeof tmp - 26);
  progress = progress + tmp[47] + tmp[attempts % 26];
  if (attempts < limit) {
    attempts = attempts + 1;
    setcontext(&retry_point);
  }
}

__attribute__((noinline)) static void middle(int limit, const char *data) {
  int counts[8];
  for (int i = 0; i < 8; i++) counts[i] = i + attempts;
  inner(limit, data);
  progress = progress + counts[7];
}

__attribute__((noinline)) static long steady(int depth) {
  short row[40];
  for (int i = 0; i < 40; i++) row[i] = (short)(i * depth);
  long s = row[39];
  if (depth > 0) s += steady(depth - 1);
  return s;
}

int main(int argc, char **argv) {
  int limit = atoi(argv[1]);
  getcontext(&retry_point);
  middle(limit, argv[2]);
  long s = steady(200);
  printf("%d %ld %ld %d\n", (int)attempts, (long)progress, s, argc);
  return 0;
}
