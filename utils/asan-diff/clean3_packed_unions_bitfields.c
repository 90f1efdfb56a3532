// EXPECT: none
// Packed structs with misaligned members (read and written directly and
// with memcpy), unions of arrays of different element types viewed
// through each member, and bitfields packed into odd-sized structs, in
// stack arrays and globals, to the last element.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct __attribute__((packed)) Header {
  uint8_t kind;
  uint32_t length;
  uint16_t flags;
  uint64_t stamp;
  char tag[3];
};

union Words {
  uint8_t b[12];
  uint16_t h[6];
  uint32_t w[3];
};

struct Bits {
  unsigned a : 3;
  unsigned b : 7;
  unsigned c : 1;
  signed d : 5;
  unsigned char e : 4;
};

static struct Header gheaders[5];
static union Words gwords[3];

__attribute__((noinline)) static uint64_t encode(struct Header *h, int n, int v) {
  uint64_t s = 0;
  for (int i = 0; i < n; i++) {
    h[i].kind = (uint8_t)i;
    h[i].length = (uint32_t)(v * i);
    h[i].flags = (uint16_t)(i << 3);
    h[i].stamp = 0x1122334455667788ull + (uint64_t)i;
    memcpy(h[i].tag, "XYZ", 3);
  }
  unsigned char raw[sizeof(struct Header)];
  memcpy(raw, &h[n - 1], sizeof raw);
  for (size_t i = 0; i < sizeof raw; i++) s += raw[i];
  return s + h[n - 1].stamp + h[n - 1].length + (uint8_t)h[n - 1].tag[2];
}

int main(int argc, char **argv) {
  int v = atoi(argv[1]);
  struct Header local[7];
  uint64_t t = encode(local, 7, v) + encode(gheaders, 5, v + 1);
  union Words u[4];
  for (int k = 0; k < 4; k++) {
    for (int i = 0; i < 12; i++) u[k].b[i] = (uint8_t)(i + k);
    t += u[k].h[5] + u[k].w[2];
  }
  for (int k = 0; k < 3; k++) {
    gwords[k].w[0] = (uint32_t)v;
    gwords[k].h[5] = 7;
    t += gwords[k].b[11] + gwords[k].b[0];
  }
  struct Bits bits[9];
  memset(bits, 0, sizeof bits);
  for (int i = 0; i < 9; i++) {
    bits[i].a = (unsigned)i;
    bits[i].b = (unsigned)(i * 13);
    bits[i].c = (unsigned)(i & 1);
    bits[i].d = i - 8;
    bits[i].e = (unsigned)(15 - i);
  }
  for (int i = 0; i < 9; i++) t += bits[i].a + bits[i].b + bits[i].c + bits[i].d + bits[i].e;
  printf("%llu %zu %zu %d\n", (unsigned long long)t, sizeof(struct Header),
         sizeof(struct Bits), argc);
  return 0;
}
