// EXPECT: none
// A logging subsystem built entirely from globals of odd sizes: a ring of
// 13 records of 37-byte messages, a 251-byte staging buffer, a const table
// of pointers into other globals (including one-past-the-end pointers used
// only for comparison), and a static array of structs inside a function.
// Writes wrap exactly at the ring's end, messages are filled to the last
// byte with memcpy and explicit lengths, and the staging buffer is drained
// with memmove once it is exactly full.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { RING = 13, MSG = 37, STAGE = 251 };

struct Rec {
  unsigned short len;
  char msg[MSG];
};

static struct Rec g_ring[RING];
static unsigned g_head;
static char g_stage[STAGE];
static size_t g_stage_len;
static long g_drained;
static const char g_levels[][6] = {"trace", "debug", "info", "warn", "error"};

static struct {
  const char *begin, *end;
} const g_views[] = {
    {g_stage, g_stage + STAGE},
    {(const char *)g_ring, (const char *)(g_ring + RING)},
    {g_levels[0], g_levels[0] + sizeof g_levels},
};

static void drain(void) {
  g_drained += g_stage[0] + g_stage[STAGE - 1];
  memmove(g_stage, g_stage + STAGE / 2, STAGE - STAGE / 2);
  g_stage_len = STAGE - STAGE / 2;
}

static void stage(const char *s, size_t n) {
  while (n) {
    size_t room = STAGE - g_stage_len;
    size_t k = n < room ? n : room;
    memcpy(g_stage + g_stage_len, s, k);
    g_stage_len += k;
    s += k;
    n -= k;
    if (g_stage_len == STAGE) drain();
  }
}

static void log_msg(int level, const char *text) {
  static struct { int count; char last[8]; } per_level[5];
  struct Rec *r = &g_ring[g_head];
  g_head = g_head + 1 == RING ? 0 : g_head + 1;
  size_t tl = strlen(text), ll = strlen(g_levels[level]);
  size_t n = ll + 1 + tl;
  if (n > MSG) n = MSG;
  memcpy(r->msg, g_levels[level], ll);
  r->msg[ll] = ':';
  memcpy(r->msg + ll + 1, text, n - ll - 1);
  r->len = (unsigned short)n;
  stage(r->msg, r->len);
  per_level[level].count++;
  memcpy(per_level[level].last, text, tl < 8 ? tl : 8);
}

static int inside(int view, const void *p) {
  const char *c = p;
  return c >= g_views[view].begin && c < g_views[view].end;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *word = argc > 2 ? argv[2] : "text";
  char text[64];
  for (int i = 0; i < n * 30; i++) {
    int k = snprintf(text, sizeof text, "%.*s-%d", i % 27, word, i);
    (void)k;
    log_msg(i % 5, text);
  }
  long s = 0;
  for (int i = 0; i < RING; i++) s += g_ring[i].len + g_ring[i].msg[g_ring[i].len - 1];
  s += inside(0, g_stage + STAGE - 1) + inside(1, &g_ring[RING - 1].msg[MSG - 1]) +
       inside(2, g_levels[4] + 5) + !inside(0, g_stage + STAGE);
  printf("%ld %ld %zu\n", s, g_drained, g_stage_len);
  return 0;
}
