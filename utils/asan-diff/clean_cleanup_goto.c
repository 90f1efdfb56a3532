// EXPECT: none
// Arrays in scopes re-entered by backward goto, entered through switch labels, left by computed goto, and freed by __attribute__((cleanup)).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static void freep(char **p) { free(*p); }
static void touch(int *p) { *p += 1; }
__attribute__((noinline)) static int sw(int k) {
  int r = 0;
  switch (k) {
  case 0: {
    char a[16];
    memset(a, 'a', sizeof a);
    r += a[15];
  }
  /* fallthrough */
  case 1: {
    int b[5] = {1, 2, 3, 4, 5};
    r += b[4];
    break;
  }
  default: {
    long c[3];
    c[2] = 7;
    r += (int)c[2];
  }
  }
  return r;
}
int main(int argc, char **argv) {
  int total = 0, round = 0;
again: {
    char buf[32];
    __attribute__((cleanup(freep))) char *h = malloc(10);
    __attribute__((cleanup(touch))) int counter = 0;
    snprintf(buf, sizeof buf, "round-%d", round);
    strcpy(h, "ok");
    total += (int)strlen(buf) + h[0] + counter;
    if (++round < 4) goto again;
  }
  static void *targets[] = {&&first, &&second, &&done};
  int idx = 0;
  int arr[4] = {0};
  goto *targets[idx];
first: {
    int local[6];
    for (int i = 0; i < 6; i++) local[i] = i;
    arr[0] = local[5];
    idx = 1;
    goto *targets[idx];
  }
second: {
    char more[9];
    memset(more, 1, sizeof more);
    arr[1] = more[8];
    goto *targets[2];
  }
done:
  for (int k = 0; k < 3; k++) total += sw(k);
  printf("%d %d %d %d\n", total, arr[0], arr[1], argc);
  return 0;
}
