// EXPECT: none
// a Robin Hood hash map with backward-shift deletion, many grows and shrinks, whole-slot struct copies and inline short keys
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct slot {
  uint32_t hash;   /* 0 = empty */
  uint16_t dist;
  uint16_t klen;
  char key[12];    /* not terminated when klen == 12 */
  long value;
};

struct rh {
  struct slot *s;
  uint32_t cap, len;
  int resizes;
};

static uint32_t h32(const char *k, size_t n) {
  uint32_t h = 0x811C9DC5u;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)k[i]) * 0x01000193u;
  return h | 1;   /* never 0 */
}

static void rh_put_slot(struct rh *m, struct slot in);

static void rh_resize(struct rh *m, uint32_t ncap) {
  struct slot *old = m->s;
  uint32_t oc = m->cap;
  m->s = calloc(ncap, sizeof *m->s);
  m->cap = ncap;
  m->len = 0;
  m->resizes++;
  for (uint32_t i = 0; i < oc; i++)
    if (old[i].hash) { struct slot t = old[i]; t.dist = 0; rh_put_slot(m, t); }
  free(old);
}

static void rh_put_slot(struct rh *m, struct slot in) {
  uint32_t i = in.hash & (m->cap - 1);
  for (;;) {
    struct slot *s = &m->s[i];
    if (!s->hash) { *s = in; m->len++; return; }
    if (s->hash == in.hash && s->klen == in.klen && memcmp(s->key, in.key, in.klen) == 0) {
      s->value += in.value;
      return;
    }
    if (s->dist < in.dist) { struct slot t = *s; *s = in; in = t; }
    in.dist++;
    i = (i + 1) & (m->cap - 1);
  }
}

static void rh_add(struct rh *m, const char *k, size_t n, long v) {
  if ((m->len + 1) * 8 > m->cap * 7) rh_resize(m, m->cap * 2);
  struct slot in;
  memset(&in, 0, sizeof in);
  in.hash = h32(k, n);
  in.klen = (uint16_t)(n > sizeof in.key ? sizeof in.key : n);
  memcpy(in.key, k, in.klen);
  in.value = v;
  rh_put_slot(m, in);
}

static int rh_del(struct rh *m, const char *k, size_t n) {
  if (n > 12) n = 12;
  uint32_t h = h32(k, n), i = h & (m->cap - 1);
  for (uint16_t d = 0;; d++, i = (i + 1) & (m->cap - 1)) {
    struct slot *s = &m->s[i];
    if (!s->hash || s->dist < d) return 0;
    if (s->hash == h && s->klen == n && memcmp(s->key, k, n) == 0) break;
  }
  for (;;) {   /* backward shift */
    uint32_t j = (i + 1) & (m->cap - 1);
    if (!m->s[j].hash || m->s[j].dist == 0) { memset(&m->s[i], 0, sizeof m->s[i]); break; }
    m->s[i] = m->s[j];
    m->s[i].dist--;
    i = j;
  }
  m->len--;
  if (m->cap > 16 && m->len * 4 < m->cap) rh_resize(m, m->cap / 2);
  return 1;
}

/* "<letters><i>", 4..12 bytes, no terminator kept */
static size_t make_key(char *key, const char *alpha, size_t al, int i, int round) {
  char tmp[32];
  int pre = 1 + (i + round) % 6;
  int k = 0;
  for (; k < pre; k++) tmp[k] = alpha[(size_t)(i * 13 + k * 5 + round) % al];
  k += snprintf(tmp + k, sizeof tmp - (size_t)k, "%d", i);
  size_t kl = (size_t)k > 12 ? 12 : (size_t)k;
  memcpy(key, tmp, kl);
  return kl;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "abcdefgh";
  size_t al = strlen(alpha);
  struct rh m = {calloc(16, sizeof(struct slot)), 16, 0, 0};
  char key[16];
  int deleted = 0;
  for (int round = 0; round < 3; round++) {
    for (int i = 0; i < n * 60; i++) {
      size_t kl = make_key(key, alpha, al, i, round);
      rh_add(&m, key, kl, i);
    }
    for (int i = 0; i < n * 60; i += 2) {
      size_t kl = make_key(key, alpha, al, i, round);
      deleted += rh_del(&m, key, kl);
    }
  }
  long sum = 0;
  unsigned maxd = 0;
  for (uint32_t i = 0; i < m.cap; i++)
    if (m.s[i].hash) {
      sum += m.s[i].value;
      if (m.s[i].dist > maxd) maxd = m.s[i].dist;
    }
  printf("len=%u cap=%u resizes=%d deleted=%d sum=%ld maxdist=%u\n", m.len, m.cap, m.resizes,
         deleted, sum, maxd);
  free(m.s);
  return 0;
}
