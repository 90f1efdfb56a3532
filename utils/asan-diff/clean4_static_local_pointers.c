// EXPECT: none
// Tens of thousands of calls to functions that return pointers to their
// static locals: arrays of odd sizes (1, 3, 17, 255 bytes, 7 shorts, a
// struct array), a static buffer formatted with snprintf, a lazily filled
// static table; callers read them up to the last element.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct pair {
  char k;
  int v;
};

static const char *one(void) { static char c[1] = {'x'}; return c; }
static char *three(int i) { static char t[3]; t[i % 3] = (char)i; return t; }
static unsigned char *seventeen(void) { static unsigned char s[17]; s[16]++; return s; }
static char *big(int i) {
  static char b[255];
  b[i % 255] = (char)(b[i % 255] + 1);
  return b;
}
static short *shorts(void) { static short s[7] = {1, 2, 3, 4, 5, 6, 7}; s[6]++; return s; }
static struct pair *pairs(int i) {
  static struct pair p[5];
  p[i % 5].k = (char)('a' + i % 26);
  p[i % 5].v += i;
  return p;
}
static const char *label(int i) {
  static char buf[19];
  snprintf(buf, sizeof buf, "item-%012d", i);
  return buf;
}
static const int *table(void) {
  static int t[61];
  static int ready;
  if (!ready) {
    for (int i = 0; i < 61; i++) t[i] = i * i;
    ready = 1;
  }
  return t;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  long s = 0;
  for (int i = 0; i < n * 2000; i++) {
    s += one()[0];
    s += three(i)[2];
    s += seventeen()[16];
    s += big(i)[254];
    s += shorts()[6] % 100;
    struct pair *p = pairs(i);
    s += p[4].k + p[4].v % 13;
    s += (long)strlen(label(i)) + label(i)[17];
    s += table()[60] + table()[i % 61];
  }
  printf("%ld\n", s);
  return 0;
}
