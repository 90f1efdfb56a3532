// EXPECT: none
// Fixed-width unterminated fields searched only within their width: strnlen/memchr/memrchr/memmem bounded exactly, rawmemchr on a byte known to be last, strtok_r and strsep on strndup'd copies, strncasecmp/strncmp of two full unterminated fields.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
struct rec {
  char key[8];
  char val[12];
};
int main(int argc, char **argv) {
  struct rec *r = malloc(sizeof *r);
  memcpy(r->key, argv[2], sizeof r->key);
  memcpy(r->val, argv[2] + 8, sizeof r->val);
  char other[8];
  memcpy(other, argv[2], sizeof other);
  size_t kl = strnlen(r->key, sizeof r->key);
  const char *hash = memchr(r->val, '#', sizeof r->val);
  const char *lastq = memrchr(r->val, 'Q', sizeof r->val);
  const char *mm = memmem(r->val, sizeof r->val, "ST", 2);
  r->val[sizeof r->val - 1] = '\n';
  const char *nl = rawmemchr(r->val, '\n');
  int c1 = strncasecmp(r->key, other, sizeof other);
  int c2 = strncmp(r->key, other, sizeof other);
  char *copy = strndup(r->val, strnlen(r->val, sizeof r->val - 1));
  char *save = NULL;
  int toks = 0;
  for (char *t = strtok_r(copy, "KO", &save); t; t = strtok_r(NULL, "KO", &save))
    toks++;
  char *copy2 = strndup(r->key, kl);
  char *p = copy2;
  int parts = 0;
  while (strsep(&p, "CF"))
    parts++;
  char *end = strchr(copy2, '\0');
  printf("%zu %p %ld %ld %ld %d %d %d %d %zu %s\n", kl, (void *)hash, lastq ? (long)(lastq - r->val) : -1L,
         mm ? (long)(mm - r->val) : -1L, (long)(nl - r->val), c1, c2, toks, parts, (size_t)(end - copy2),
         atoi(argv[1]) > 0 ? "ok" : "no");
  free(copy2);
  free(copy);
  free(r);
  return 0;
}
