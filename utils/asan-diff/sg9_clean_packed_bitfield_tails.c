// EXPECT: none
// A header whose bit-fields share the struct's last storage unit is
// allocated with sizeof and every bit-field set and read; packed wire
// records with unaligned 8-byte fields are filled and scanned exactly to
// the last record; a packed struct sits at the very end of a global.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct msg {
  int len;
  char kind;
  unsigned flags : 4;
  unsigned prio : 6;
  unsigned urgent : 1;
};
struct __attribute__((packed)) rec { uint8_t type; uint32_t id; uint64_t ts; };
static struct { char tag[3]; struct rec last; } __attribute__((packed)) trailer;

int main(int argc, char **argv) {
  struct msg *m = malloc(sizeof *m);
  m->len = atoi(argv[1]);
  m->kind = argv[2][0];
  m->flags = 3;
  m->prio = argc + 5;
  m->urgent = 1;
  int count = atoi(argv[1]) / 2;
  struct rec *r = malloc(count * sizeof *r);
  for (int i = 0; i < count; i++) {
    r[i].type = argv[2][i];
    r[i].id = i;
    r[i].ts = 1000 + i * argc;
  }
  uint64_t last = 0;
  for (int i = 0; i < count; i++) last = r[i].ts > last ? r[i].ts : last;
  trailer.last = r[count - 1];
  trailer.last.ts += m->prio;
  printf("%d %c %u %u %u %llu %llu\n", m->len, m->kind, m->flags, m->prio, m->urgent,
         (unsigned long long)last, (unsigned long long)trailer.last.ts);
  free(r);
  free(m);
  return 0;
}
