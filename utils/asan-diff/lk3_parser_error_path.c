// EXPECT: leak
// a route-table parser builds a linked list of routes and returns early on the first malformed line without freeing what it built; the caller only sees NULL
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct route {
  char *prefix;
  unsigned mask;
  int metric;
  struct route *next;
};

static void routes_free(struct route *r) {
  while (r) {
    struct route *n = r->next;
    free(r->prefix);
    free(r);
    r = n;
  }
}

static struct route *parse_routes(const char *text, int *bad_line) {
  struct route *head = NULL, **tail = &head;
  char *copy = strdup(text);
  char *save = NULL;
  int lineno = 0;
  for (char *ln = strtok_r(copy, "\n", &save); ln; ln = strtok_r(NULL, "\n", &save)) {
    lineno++;
    char prefix[32];
    unsigned mask;
    int metric;
    if (sscanf(ln, "%31[^/]/%u %d", prefix, &mask, &metric) != 3 || mask > 32) {
      *bad_line = lineno;
      free(copy);
      return NULL; // BUG
    }
    struct route *r = malloc(sizeof *r);
    r->prefix = strdup(prefix);
    r->mask = mask;
    r->metric = metric;
    r->next = NULL;
    *tail = r;
    tail = &r->next;
  }
  free(copy);
  return head;
}

static const struct route *best_match(const struct route *r, const char *addr) {
  const struct route *best = NULL;
  for (; r; r = r->next)
    if (strncmp(addr, r->prefix, strlen(r->prefix)) == 0 && (!best || r->mask > best->mask)) best = r;
  return best;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  (void)argv;
  (void)argc;
  char good[512], bad[512];
  size_t o = 0;
  for (int i = 0; i < 4; i++) o += (size_t)snprintf(good + o, sizeof good - o, "10.%d/%d %d\n", i, 8 + i * 4, i + 1);
  o = 0;
  for (int i = 0; i < n / 2; i++) o += (size_t)snprintf(bad + o, sizeof bad - o, "192.168.%d/%d %d\n", i, 16 + i, i);
  o += (size_t)snprintf(bad + o, sizeof bad - o, "172.16/40 1\n");
  int bl = 0;
  struct route *g = parse_routes(good, &bl);
  const struct route *m = best_match(g, "10.2.3.4");
  printf("good table: best for 10.2.3.4 is %s/%u\n", m ? m->prefix : "-", m ? m->mask : 0);
  struct route *b = parse_routes(bad, &bl);
  printf("bad table: %s (line %d)\n", b ? "loaded" : "rejected", bl);
  routes_free(g);
  routes_free(b);
  return 0;
}
