// EXPECT: none
// A directory-like tree is printed with full paths: every level alloca()s
// a buffer of exactly strlen(parent) + 1 + strlen(name) + 1 bytes and
// builds its path there with memcpy (no slack), then recurses into the
// children passing the path down; a loop over children in the same frame
// alloca()s a per-child label buffer each iteration (allocas accumulate
// until the frame returns). Paths are also copied into an exactly sized
// __builtin_alloca_with_align buffer for hashing in 8-byte words.
#include <alloca.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Dir {
  const char *name;
  int nkids;
  struct Dir *kids;
};

static uint64_t hash_words(const char *p, size_t n) {
  size_t words = (n + 7) / 8;
  uint64_t *w = __builtin_alloca_with_align(words * 8, 64);
  memset(w, 0, words * 8);
  memcpy(w, p, n);
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < words; i++) h = (h ^ w[i]) * 1099511628211ull;
  return h;
}

static uint64_t visit(const struct Dir *d, const char *parent, size_t plen, int depth) {
  size_t nlen = strlen(d->name);
  char *path = alloca(plen + 1 + nlen + 1);
  memcpy(path, parent, plen);
  path[plen] = '/';
  memcpy(path + plen + 1, d->name, nlen + 1);
  size_t len = plen + 1 + nlen;
  uint64_t h = hash_words(path, len);
  for (int i = 0; i < d->nkids; i++) {
    int ll = snprintf(NULL, 0, "%s#%d", d->kids[i].name, i);
    char *label = alloca((size_t)ll + 1);
    snprintf(label, (size_t)ll + 1, "%s#%d", d->kids[i].name, i);
    h += (uint64_t)label[ll - 1];
    h ^= visit(&d->kids[i], path, len, depth + 1);
  }
  if (depth < 3) printf("%.*s\n", (int)len, path);
  return h;
}

static const char *names[] = {"usr", "local", "share", "lib", "x86_64-linux-gnu", "a",
                              "doc", "include", "bin", "sbin", "very-long-directory-name"};

static struct Dir *build(int depth, int fan, unsigned *seed) {
  struct Dir *kids = calloc((size_t)fan, sizeof *kids);
  for (int i = 0; i < fan; i++) {
    *seed = *seed * 1103515245u + 12345u;
    kids[i].name = names[(*seed >> 16) % 11];
    if (depth > 0) {
      kids[i].nkids = (int)((*seed >> 8) % 3) + 1;
      kids[i].kids = build(depth - 1, kids[i].nkids, seed);
    }
  }
  return kids;
}

static void drop(struct Dir *kids, int n) {
  for (int i = 0; i < n; i++) drop(kids[i].kids, kids[i].nkids);
  free(kids);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  unsigned seed = 42;
  struct Dir root = {"root", 3, NULL};
  root.kids = build(n / 2 + 2, 3, &seed);
  uint64_t h = visit(&root, "", 0, 0);
  printf("%016llx\n", (unsigned long long)h);
  drop(root.kids, root.nkids);
  return 0;
}
