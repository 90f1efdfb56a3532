// EXPECT: none
// FLAGS: -flto -ffunction-sections -fdata-sections -Wl,--gc-sections
// LTO with section garbage collection: functions inlined across the
// whole program at link time, unused globals dropped; a ring buffer of
// structs, a const string table and a static local, all used within
// bounds.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RING 8

struct ev { int kind; char tag[12]; };

static struct ev ring[RING];
static unsigned head, count;
static const char *const kinds[] = {"open", "read", "write", "close"};
char unused_big[4096];

static void push(int kind, const char *tag) {
  struct ev *e = &ring[(head + count) % RING];
  e->kind = kind;
  snprintf(e->tag, sizeof e->tag, "%s", tag);
  if (count < RING) count++;
  else head = (head + 1) % RING;
}

static const char *describe(const struct ev *e) {
  static char buf[32];
  snprintf(buf, sizeof buf, "%s:%s", kinds[e->kind % 4], e->tag);
  return buf;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]) * 2;
  for (int i = 0; i < n; i++) push(i, argv[2] + i % 20);
  size_t total = 0;
  for (unsigned i = 0; i < count; i++) total += strlen(describe(&ring[(head + i) % RING]));
  printf("%u %zu %s\n", count, total, describe(&ring[head]));
  return 0;
}
