// EXPECT: heap-use-after-free
// A per-request arena (a list of malloc'ed chunks; reset keeps the first chunk and frees the
// rest) used by an HTTP-ish header parser. A "sticky" virtual-host pointer is remembered
// across requests, but it points into the arena; after a big request spilled into a second
// chunk, reset frees that chunk and the next request compares against the stale pointer.
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct chunk {
  struct chunk *next;
  size_t used, size;
  unsigned char data[];
};

struct arena { struct chunk *head; size_t chunks; };

static struct chunk *chunk_new(size_t size) {
  struct chunk *c = malloc(sizeof *c + size);
  c->next = NULL;
  c->used = 0;
  c->size = size;
  return c;
}

static void *arena_alloc(struct arena *a, size_t n) {
  n = (n + 7) & ~(size_t)7;
  if (!a->head || a->head->used + n > a->head->size) {
    struct chunk *c = chunk_new(n > 256 ? n : 256);
    c->next = a->head;
    a->head = c;
    a->chunks++;
  }
  void *p = a->head->data + a->head->used;
  a->head->used += n;
  return p;
}

static char *arena_strndup(struct arena *a, const char *s, size_t n) {
  char *p = arena_alloc(a, n + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

static void arena_reset(struct arena *a) {
  /* keep the oldest chunk (the tail of the list), free the others */
  while (a->head && a->head->next) {
    struct chunk *c = a->head;
    a->head = c->next;
    free(c);
    a->chunks--;
  }
  if (a->head) a->head->used = 0;
}

struct header { const char *name, *value; };

static int parse_request(struct arena *a, const char *raw, struct header *hs, int max) {
  int n = 0;
  const char *line = strchr(raw, '\n');
  while (line && *++line && n < max) {
    const char *end = strchr(line, '\n');
    size_t len = end ? (size_t)(end - line) : strlen(line);
    const char *colon = memchr(line, ':', len);
    if (colon) {
      hs[n].name = arena_strndup(a, line, (size_t)(colon - line));
      const char *v = colon + 1;
      while (v < line + len && isspace((unsigned char)*v)) v++;
      hs[n].value = arena_strndup(a, v, (size_t)(line + len - v));
      n++;
    }
    line = end;
  }
  return n;
}

static const char *sticky_host; /* the last Host: seen */

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  struct arena a = { 0 };
  char raw[1024];
  struct header hs[16];
  int switches = 0;
  for (int r = 0; r < n; r++) {
    int len = snprintf(raw, sizeof raw, "GET /%d HTTP/1.1\nUser-Agent: bench/%d\n", r, r);
    if (r % 3 == 2) /* a big request: cookies spill into a second chunk */
      for (int k = 0; k < 6; k++) len += snprintf(raw + len, sizeof raw - len, "Cookie: k%d=%s%s\n", k, alpha, alpha);
    snprintf(raw + len, sizeof raw - len, "Host: %.*s.example\nAccept: */*", 3 + r % 2, alpha + r % 4);
    int nh = parse_request(&a, raw, hs, 16);
    for (int i = 0; i < nh; i++) {
      if (strcmp(hs[i].name, "Host") != 0) continue;
      if (sticky_host && strcmp(sticky_host, hs[i].value) != 0) switches++; // BUG
      sticky_host = hs[i].value;
    }
    printf("request %d: %d headers, %zu chunks\n", r, nh, a.chunks);
    arena_reset(&a);
  }
  printf("%d host switches\n", switches);
  arena_reset(&a);
  free(a.head);
  return 0;
}
