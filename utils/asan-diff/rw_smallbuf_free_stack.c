// EXPECT: bad-free
// A path-joining helper with a small-buffer optimization: results that fit in the caller's
// 64-byte stack buffer are built there, longer ones in a malloc'ed buffer, and the caller is
// meant to free only the latter. The cleanup path frees the result unconditionally, so a
// short path frees the caller's stack buffer.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct joined { char *s; size_t len; };

static struct joined path_join(char *small, size_t smallsz, const char *const *parts, int n) {
  size_t need = 1;
  for (int i = 0; i < n; i++) need += strlen(parts[i]) + 1;
  char *out = need <= smallsz ? small : malloc(need);
  size_t len = 0;
  for (int i = 0; i < n; i++) {
    size_t l = strlen(parts[i]);
    while (l && parts[i][l - 1] == '/') l--;
    if (i && len && out[len - 1] != '/') out[len++] = '/';
    memcpy(out + len, parts[i], l);
    len += l;
  }
  out[len] = '\0';
  return (struct joined){ out, len };
}

static int count_components(const char *p) {
  int n = 0;
  for (; *p; p++) n += *p == '/' && p[1] && p[1] != '/';
  return n;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  char seg[8][32];
  const char *parts[8];
  int total = 0;
  for (int round = 0; round < 3; round++) {
    int np = 2 + (n + round) % 6;
    for (int i = 0; i < np; i++) {
      snprintf(seg[i], sizeof seg[i], "%s%.*s%s", i == 0 ? "/" : "", 2 + (i * 7 + round * 5) % 20, alpha, i % 2 ? "/" : "");
      parts[i] = seg[i];
    }
    char small[64];
    struct joined j = path_join(small, sizeof small, parts, np);
    total += count_components(j.s);
    printf("%3zu %s\n", j.len, j.s);
    free(j.s); // BUG
  }
  printf("%d components\n", total);
  return 0;
}
