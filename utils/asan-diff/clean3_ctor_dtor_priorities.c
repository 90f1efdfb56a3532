// EXPECT: none
// Constructors with priorities 101 and 200 and a default one fill global
// and static-local tables and use stack arrays before main; destructors
// with priorities and atexit handlers read the same globals after main
// has returned, down to their last elements.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int early[17];
static char names[5][9];
static long late_sum;
static int order[8];
static int norder;

__attribute__((noinline)) static int fill(int *dst, int n, int base) {
  int tmp[32];
  for (int i = 0; i < n; i++) tmp[i] = base + i * i;
  memcpy(dst, tmp, (size_t)n * sizeof tmp[0]);
  return dst[n - 1];
}

__attribute__((constructor(101))) static void first(void) {
  fill(early, 17, 3);
  order[norder++] = 101;
}

__attribute__((constructor(200))) static void second(void) {
  char buf[9];
  for (int i = 0; i < 5; i++) {
    snprintf(buf, sizeof buf, "name%04d", early[16] + i);
    memcpy(names[i], buf, sizeof buf);
  }
  order[norder++] = 200;
}

__attribute__((constructor)) static void third(void) { order[norder++] = 65535; }

static void at_exit_one(void) {
  long s = 0;
  for (int i = 0; i < 17; i++) s += early[i];
  late_sum += s + names[4][7];
}

__attribute__((destructor(150))) static void d150(void) {
  char line[64];
  snprintf(line, sizeof line, "d150 %ld %.8s %d\n", late_sum, names[4], order[norder - 1]);
  fputs(line, stdout);
}

__attribute__((destructor)) static void dlast(void) {
  int copy[17];
  memcpy(copy, early, sizeof copy);
  late_sum += copy[16];
}

int main(int argc, char **argv) {
  int v = atoi(argv[1]);
  atexit(at_exit_one);
  int local[17];
  int last = fill(local, 17, v);
  printf("%d %d %d %d %s %d\n", norder, order[0], order[2], last, names[0], argc);
  return 0;
}
