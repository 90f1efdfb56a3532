// EXPECT: none
// Locals whose lifetime restarts each loop iteration, used strictly within
// their iteration: a pointer to the body's record compared against the
// record of the same iteration, a buffer handed to a callee and consumed
// before the body ends, a switch whose case blocks copy their buffer out
// before leaving, and a goto that jumps back above a declaration (the
// variable is redeclared, never read through an old pointer).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rec { int id; char key[12]; };

__attribute__((noinline)) static void fill(struct rec *r, int i, const char *s) {
  r->id = i;
  memcpy(r->key, s + (i % 4), 11);
  r->key[11] = 0;
}
__attribute__((noinline)) static unsigned consume(const char *p) {
  unsigned h = 0;
  for (; *p; p++) h = h * 33 + (unsigned char)*p;
  return h;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  unsigned h = 0;
  int prev_id = -1;
  for (int i = 0; i < n; i++) {
    struct rec cur;
    const struct rec *p = &cur;
    fill(&cur, i, argv[2]);
    if (p->id != prev_id + 1) h++;
    prev_id = p->id;
    h += consume(p->key);
  }
  char out[24] = "";
  for (int cmd = 0; cmd < 3; cmd++) {
    switch (cmd) {
    case 1: {
      char tmp[24];
      snprintf(tmp, sizeof tmp, "cmd-%d-%d", cmd, n);
      memcpy(out, tmp, sizeof out);
      break;
    }
    default:
      h ^= (unsigned)cmd;
    }
  }
  int tries = 0;
again:;
  char line[16];
  snprintf(line, sizeof line, "try%d", tries);
  h += consume(line);
  if (++tries < 3) goto again;
  printf("%u %s %d\n", h, out, argc);
  return 0;
}
