// EXPECT: none
// __builtin_memcpy_inline / __builtin_memset_inline with sizes that fit,
// bzero and bcopy inside a ring and a line buffer, __builtin_bcmp and
// __builtin_memcmp of exactly the digest length, a volatile whole-struct
// copy into a block of the right size and non-temporal loads and stores
// that stop at the last element.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct key { char bytes[16]; };
struct regs { unsigned ctrl, status, data, irq; };
static unsigned bins_out[12];

int main(int argc, char **argv) {
  struct key k;
  __builtin_memcpy_inline(&k, argv[2], sizeof k);
  struct regs r;
  __builtin_memset_inline(&r, 0, sizeof r);
  r.data = atoi(argv[1]);
  char ring[32];
  memset(ring, 'x', sizeof ring);
  bzero(ring + 24, 8);
  size_t len = strlen(argv[2]);
  char *line = malloc(len + 2);
  memcpy(line, argv[2], len + 1);
  bcopy(line + 3, line + 4, len - 3 + 1);
  line[3] = '-';
  unsigned char d1[20], d2[20];
  for (int i = 0; i < 20; i++) d1[i] = d2[i] = (unsigned char)(argv[2][i] + argc);
  int same = __builtin_bcmp(d1, d2, sizeof d1) == 0 && __builtin_memcmp(d1, d2, 20) == 0;
  volatile struct regs *dev = malloc(sizeof(struct regs));
  *dev = r;
  unsigned long *v = malloc(11 * sizeof *v);
  for (int i = 0; i < 11; i++) __builtin_nontemporal_store((unsigned long)i * 3, &v[i]);
  unsigned long sum = 0;
  for (int i = 0; i < 11; i++) sum += __builtin_nontemporal_load(&v[i]);
  for (int i = 0; i < 12; i++) __builtin_nontemporal_store((unsigned)i, &bins_out[i]);
  printf("%.4s %s %d %u %lu %c %u\n", k.bytes, line, same, dev->data, sum, ring[0], bins_out[11]);
  free(line);
  free((void *)dev);
  free(v);
  return 0;
}
