// EXPECT: none
// an aligned bump arena whose allocations end exactly at a block's last byte, a token array sized by a counting pass and read only below its count, VLAs and alloca buffers sized for text, separator and terminator, and a fixed node pool filled to its last slot
#include <alloca.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BLOCK 128
#define POOL_MAX 32

struct block {
  struct block *next;
  size_t used;
  unsigned char mem[];
};

struct arena {
  struct block *head;
  int blocks;
};

static size_t align16(size_t v) { return (v + 15) & ~(size_t)15; }

static void *arena_alloc(struct arena *a, size_t n) {
  size_t start = a->head ? align16(a->head->used) : 0;
  if (!a->head || start + n > BLOCK) {
    struct block *b = malloc(sizeof *b + (n > BLOCK ? n : BLOCK));
    b->next = a->head;
    b->used = 0;
    a->head = b;
    a->blocks++;
    start = 0;
  }
  a->head->used = start + n;
  return a->head->mem + start;
}

static void arena_free(struct arena *a) {
  while (a->head) {
    struct block *n = a->head->next;
    free(a->head);
    a->head = n;
  }
}

struct tok { int start, len; };

static size_t scan(const char *s, struct tok *out) {
  size_t n = 0;
  for (size_t i = 0; s[i];) {
    while (s[i] == ' ') i++;
    if (!s[i]) break;
    size_t b = i;
    if (isalnum((unsigned char)s[i])) while (isalnum((unsigned char)s[i])) i++;
    else i++;
    if (out) out[n] = (struct tok){(int)b, (int)(i - b)};
    n++;
  }
  return n;
}

struct node { int key, left, right; };
static struct node g_pool[POOL_MAX];
static int g_used;

static int node_new(int key) {
  if (g_used >= POOL_MAX) return -1;
  g_pool[g_used] = (struct node){key, -1, -1};
  return g_used++;
}

static int bst_insert(int root, int key) {
  int id = node_new(key);
  if (id < 0 || root < 0) return id;
  for (int cur = root;;) {
    int *next = key < g_pool[cur].key ? &g_pool[cur].left : &g_pool[cur].right;
    if (*next < 0) { *next = id; return id; }
    cur = *next;
  }
}

static void join_path(const char *dir, const char *file, char *out, size_t cap) {
  size_t dl = strlen(dir), fl = strlen(file);
  char *full = alloca(dl + 1 + fl + 1);
  memcpy(full, dir, dl);
  full[dl] = '/';
  memcpy(full + dl + 1, file, fl + 1);
  snprintf(out, cap, "%s", full);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 4;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  size_t al = strlen(alpha);
  struct arena a = {0};
  /* 16 + 16 + ... : the eighth 16-byte allocation ends exactly at byte 128 */
  size_t filled = 0;
  for (int i = 0; i < 8; i++) {
    unsigned char *p = arena_alloc(&a, 16);
    memset(p, i, 16);
    filled += 16;
  }
  char *s = arena_alloc(&a, BLOCK);
  memset(s, 'x', BLOCK - 1);
  s[BLOCK - 1] = '\0';
  char expr[128];
  snprintf(expr, sizeof expr, "%.*s + %d * (%s - 1)", n, alpha, n, alpha + al - 3);
  size_t nt = scan(expr, NULL);
  struct tok *toks = arena_alloc(&a, nt * sizeof *toks);
  scan(expr, toks);
  int idents = 0;
  for (size_t i = 0; i < nt; i++) idents += isalpha((unsigned char)expr[toks[i].start]) != 0;
  char label[al + 1]; /* VLA with room for the NUL */
  for (size_t i = 0; i < al; i++) label[i] = (char)tolower((unsigned char)alpha[i]);
  label[al] = '\0';
  int root = -1, inserted = 0;
  for (int i = 0; i < POOL_MAX + 4; i++) {
    int id = bst_insert(root, (i * 37 + n) % 101);
    if (id < 0) break;
    if (root < 0) root = id;
    inserted++;
  }
  char path[96];
  join_path("/var/lib", label, path, sizeof path);
  printf("%d blocks, %zu bytes filled, %zu tokens (%d idents), %d nodes, path %s, s=%zu\n",
         a.blocks, filled, nt, idents, inserted, path, strlen(s));
  arena_free(&a);
  return 0;
}
