// EXPECT: none
// A byte-string builder with annotated spare capacity: append, truncate,
// shrink_to_fit, reserve and clear in a sequence, each keeping the container
// annotation in step with the size. Every access is within the size, and
// __sanitizer_verify_contiguous_container is asked after each step; the
// program prints what it returns so both tools can be compared.
#include <sanitizer/common_interface_defs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct sb {
  char *p;
  size_t len, cap;
};

static void ann(struct sb *s, size_t old_len, size_t new_len) {
  if (s->cap)
    __sanitizer_annotate_contiguous_container(s->p, s->p + s->cap, s->p + old_len,
                                              s->p + new_len);
}

static void sb_reserve(struct sb *s, size_t cap) {
  if (cap <= s->cap) return;
  char *np = malloc(cap);
  __sanitizer_annotate_contiguous_container(np, np + cap, np + cap, np);
  ann(s, s->len, s->cap);
  __sanitizer_annotate_contiguous_container(np, np + cap, np, np + s->len);
  if (s->len) memcpy(np, s->p, s->len);
  free(s->p);
  s->p = np;
  s->cap = cap;
}

static void sb_append(struct sb *s, const char *t, size_t n) {
  if (s->len + n > s->cap) sb_reserve(s, (s->len + n) * 3 / 2 + 1);
  ann(s, s->len, s->len + n);
  memcpy(s->p + s->len, t, n);
  s->len += n;
}

static void sb_truncate(struct sb *s, size_t n) {
  if (n < s->len) {
    ann(s, s->len, n);
    s->len = n;
  }
}

static void sb_shrink(struct sb *s) {
  struct sb t = {0};
  sb_reserve(&t, s->len ? s->len : 1);
  sb_append(&t, s->p, s->len);
  ann(s, s->len, s->cap);
  free(s->p);
  *s = t;
}

static void check(const struct sb *s, const char *what) {
  int ok = s->cap == 0 ||
           __sanitizer_verify_contiguous_container(s->p, s->p + s->len, s->p + s->cap);
  printf("%-10s len %2zu cap %2zu verify %d\n", what, s->len, s->cap, ok);
}

int main(int argc, char **argv) {
  struct sb s = {0};
  int n = atoi(argv[1]);
  sb_append(&s, argv[2], (size_t)n + 3);  check(&s, "append13");
  sb_append(&s, "-x", 2);                  check(&s, "append2");
  sb_truncate(&s, 5);                      check(&s, "trunc5");
  sb_shrink(&s);                           check(&s, "shrink");
  sb_reserve(&s, 37);                      check(&s, "reserve37");
  sb_append(&s, argv[2] + 20, 6);          check(&s, "append6");
  sb_truncate(&s, 0);                      check(&s, "clear");
  sb_append(&s, "ok", 2);                  check(&s, "append2");
  fwrite(s.p, 1, s.len, stdout);
  putchar('\n');
  ann(&s, s.len, s.cap);
  free(s.p);
  return 0;
}
