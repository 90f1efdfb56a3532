// EXPECT: none
// a string builder that asks malloc_usable_size how much room it really got and uses all of it, formats with a two-pass vsnprintf through va_copy, and inserts with memmove
#define _GNU_SOURCE
#include <malloc.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct sb {
  char *p;
  size_t len, cap; /* cap counts the terminator's byte */
};

static void sb_reserve(struct sb *s, size_t extra) {
  size_t need = s->len + extra + 1;
  if (need <= s->cap) return;
  size_t ncap = s->cap ? s->cap : 8;
  while (ncap < need) ncap = ncap * 3 / 2 + 8;
  char *np = realloc(s->p, ncap);
  if (!np) abort();
  s->p = np;
  s->cap = malloc_usable_size(np);
}

static void sb_add(struct sb *s, const char *str, size_t n) {
  sb_reserve(s, n);
  memcpy(s->p + s->len, str, n);
  s->len += n;
  s->p[s->len] = '\0';
}

static void sb_printf(struct sb *s, const char *fmt, ...) {
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  size_t room = s->cap > s->len ? s->cap - s->len : 0;
  int n = vsnprintf(room ? s->p + s->len : NULL, room, fmt, ap);
  va_end(ap);
  if (n >= 0 && (size_t)n >= room) {
    sb_reserve(s, (size_t)n);
    vsnprintf(s->p + s->len, s->cap - s->len, fmt, ap2);
  }
  va_end(ap2);
  if (n > 0) s->len += (size_t)n;
}

static void sb_insert(struct sb *s, size_t at, const char *str) {
  size_t n = strlen(str);
  if (at > s->len) at = s->len;
  sb_reserve(s, n);
  memmove(s->p + at + n, s->p + at, s->len - at + 1);
  memcpy(s->p + at, str, n);
  s->len += n;
}

/* Fills the slack up to the usable size with padding, then trims it again. */
static size_t sb_pad_to_capacity(struct sb *s, char c) {
  if (!s->p) return 0;
  size_t pad = s->cap - s->len - 1;
  memset(s->p + s->len, c, pad);
  s->p[s->cap - 1] = '\0';
  size_t full = strlen(s->p);
  s->p[s->len] = '\0';
  return full;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  struct sb s = {NULL, 0, 0};
  for (int i = 0; i < n; i++) {
    sb_printf(&s, "<%d:%.*s>", i, 1 + i % 7, alpha + i);
    if (i % 3 == 0) sb_add(&s, ",", 1);
    if (i % 4 == 1) sb_insert(&s, (size_t)i, "^");
  }
  size_t full = sb_pad_to_capacity(&s, '.');
  char *copy = strndup(s.p, 40);
  printf("%zu chars (cap %zu, padded %zu): %s...\n", s.len, s.cap, full, copy);
  free(copy);
  free(s.p);
  return 0;
}
