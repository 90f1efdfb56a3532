// EXPECT: none
// A state machine of labelled blocks, each declaring a VLA whose size
// depends on the state; gotos jump backwards to before earlier VLA
// declarations (each jump gives the VLA back) and forwards past finished
// blocks; alloca blocks are mixed in (they stay until return).
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static long run(int steps, const char *text) {
  long acc = 0;
  int state = 0, count = 0;
  char *keep = alloca(8);
  memset(keep, 0, 8);
again:
  if (count++ >= steps) goto done;
  {
    int len = 3 + (count * 5) % 23;
    char buf[len];
    memcpy(buf, text, len);
    acc += buf[len - 1];
    if (state == 0) {
      state = 1;
      goto again;
    }
    {
      long nums[len / 2 + 1];
      for (int i = 0; i <= len / 2; i++) nums[i] = buf[i] * i;
      acc += nums[len / 2];
      if (state == 1) {
        state = 2;
        goto again;
      }
    }
    char *a = alloca(len);
    memcpy(a, buf, len);
    acc += a[len - 1] + keep[7];
    state = 0;
    goto again;
  }
done:
  return acc;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *text = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  long total = 0;
  for (int r = 0; r < n * 20; r++) total += run(50 + r % 40, text);
  printf("%ld\n", total);
  return 0;
}
