// EXPECT: none
// Packed structs and bit-fields on the stack, in globals and on the heap,
// read and written up to their last byte (unaligned ints at odd offsets).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct __attribute__((packed)) P { char c; int i; short s; long l; };
struct B { unsigned a : 3; unsigned b : 29; unsigned char tail : 7; };
struct __attribute__((packed)) PB { unsigned x : 12; unsigned y : 12; };
struct P gp[5];
struct PB gpb[7];
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  struct P sp[3];
  struct B sb[4];
  struct PB spb[5];
  struct P *hp = malloc(4 * sizeof *hp);
  long s = 0;
  for (int i = 0; i < 3; i++) { sp[i].c = i; sp[i].i = n; sp[i].s = i; sp[i].l = n * i; }
  for (int i = 0; i < 4; i++) { sb[i].a = i; sb[i].b = n + i; sb[i].tail = 127; }
  for (int i = 0; i < 5; i++) { spb[i].x = i; spb[i].y = 4095; gp[i].l = i; gp[i].i = n; }
  for (int i = 0; i < 7; i++) { gpb[i].y = i * 100; gpb[i].x = i; }
  for (int i = 0; i < 4; i++) { hp[i].l = i; hp[i].s = n; hp[i].i = i; hp[i].c = 1; }
  s += sp[2].l + sp[2].s + sb[3].tail + sb[3].b + spb[4].y + gp[4].l + gpb[6].y + hp[3].l + hp[3].s;
  struct P copy;
  memcpy(&copy, &sp[2], sizeof copy);
  s += copy.l + sizeof(struct P) + sizeof(struct PB);
  free(hp);
  printf("%ld\n", s);
  return 0;
}
