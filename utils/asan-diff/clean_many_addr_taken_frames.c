// EXPECT: none
// Many small frames, each with several address-taken scalars and tiny
// arrays handed to a non-inlined helper, called a million times in total.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static void bump(void *p, int n) { ((char *)p)[n - 1] += 1; }
__attribute__((noinline)) static int f1(int a) { char c = a; short s = a; bump(&c, 1); bump(&s, 2); return c + s; }
__attribute__((noinline)) static int f2(int a) { int i = a; char t[3] = {1, 2, 3}; bump(&i, 4); bump(t, 3); return i + t[2]; }
__attribute__((noinline)) static int f3(int a) { long l = a; char t[1]; t[0] = 0; double d = a; bump(&l, 8); bump(t, 1); bump(&d, 1); return (int)l + t[0]; }
__attribute__((noinline)) static int f4(int a) { char t[17]; for (int i = 0; i < 17; i++) t[i] = i; bump(t, 17); return t[16] + f1(a) + f2(a); }
int main(int argc, char **argv) {
  long s = 0;
  int base = atoi(argv[1]);
  for (int i = 0; i < 250000; i++) s += f1(i + base) + f2(i) + f3(i) + f4(i);
  printf("%ld\n", s);
  return 0;
}
