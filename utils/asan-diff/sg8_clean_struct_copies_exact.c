// EXPECT: none
// Struct copies the compiler expands or turns into memcpy: aggregate
// returns into locals, assignment from the last element of an array,
// memcpy with sizeof the destination where source and destination are the
// same type, a smaller struct copied into the prefix of a larger one with
// sizeof the smaller, memset of exact sizes, and bit-fields of the last
// element of a packed array.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct hdr { uint32_t magic, version; };
struct msg { struct hdr h; double vals[3]; int count; };
struct __attribute__((packed)) clut { unsigned lo : 12, hi : 12; };

__attribute__((noinline)) static struct msg make(int seed) {
  struct msg m;
  memset(&m, 0, sizeof m);
  m.h.magic = 0x4d534731u;
  m.h.version = 2;
  for (int i = 0; i < 3; i++) m.vals[i] = seed * (i + 1);
  m.count = 3;
  return m;
}

__attribute__((noinline)) static void upgrade(struct msg *out, const struct hdr *in) {
  memcpy(out, in, sizeof *in);
}

int main(int argc, char **argv) {
  int k = atoi(argv[1]);
  struct msg arr[4];
  for (int i = 0; i < 4; i++) arr[i] = make(k + i);
  struct msg last = arr[3];
  struct hdr h = {0x11, 1};
  struct msg up = make(argc);
  upgrade(&up, &h);
  struct clut c[10];
  memset(c, 0, sizeof c);
  for (int i = 0; i < 10; i++) c[i].hi = (unsigned)(i * k);
  double r = last.vals[2] + up.h.magic + c[9].hi + c[9].lo;
  printf("%.1f\n", r);
  return 0;
}
