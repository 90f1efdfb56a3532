// EXPECT: double-free
// a config reloader drops the raw text of a config that fails validation and leaves the rest to the caller, whose config_free frees the text again
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct route {
  char *prefix;
  char *backend;
  int weight;
};

struct config {
  struct route *routes;
  int nroutes;
  char *raw;
};

static void config_free(struct config *c) {
  if (!c) return;
  for (int i = 0; i < c->nroutes; i++) {
    free(c->routes[i].prefix);
    free(c->routes[i].backend);
  }
  free(c->routes);
  free(c->raw); // BUG
  free(c);
}

static int validate(const struct config *c) {
  int total = 0;
  for (int i = 0; i < c->nroutes; i++) {
    if (c->routes[i].prefix[0] != '/') return -1;
    total += c->routes[i].weight;
  }
  return total > 0 ? 0 : -1;
}

/* On failure *out is left for the caller to release. */
static int config_parse(const char *text, struct config **out) {
  struct config *c = calloc(1, sizeof *c);
  *out = c;
  c->raw = strdup(text);
  int cap = 4;
  c->routes = calloc((size_t)cap, sizeof *c->routes);
  char *save = NULL;
  for (char *line = strtok_r(c->raw, ";", &save); line; line = strtok_r(NULL, ";", &save)) {
    char prefix[64], backend[64];
    int weight;
    if (sscanf(line, " %63s -> %63s %d", prefix, backend, &weight) != 3) continue;
    if (c->nroutes == cap) {
      cap *= 2;
      c->routes = realloc(c->routes, (size_t)cap * sizeof *c->routes);
    }
    struct route *r = &c->routes[c->nroutes++];
    r->prefix = strdup(prefix);
    r->backend = strdup(backend);
    r->weight = weight;
  }
  if (validate(c) != 0) {
    free(c->raw); /* the routes stay for the error message */
    return -1;
  }
  return 0;
}

static struct config *g_active;

static int reload(const char *text) {
  struct config *next = NULL;
  if (config_parse(text, &next) != 0) {
    fprintf(stderr, "reload rejected, keeping %d routes\n", g_active ? g_active->nroutes : 0);
    config_free(next);
    return -1;
  }
  config_free(g_active);
  g_active = next;
  return 0;
}

int main(int argc, char **argv) {
  int w = argc > 1 ? atoi(argv[1]) : 5;
  const char *svc = argc > 2 ? argv[2] : "api";
  char text[512];
  snprintf(text, sizeof text, "/ -> web:80 %d; /%.5s -> %.5s:8080 %d; /static -> cdn:443 1", w,
           svc, svc, w * 2);
  if (reload(text) == 0) printf("loaded %d routes\n", g_active->nroutes);
  snprintf(text, sizeof text, "/ -> web:80 %d; %.5s -> %.5s:9090 1", w, svc + 5, svc);
  reload(text);
  for (int i = 0; g_active && i < g_active->nroutes; i++)
    printf("  %-10s %-14s %d\n", g_active->routes[i].prefix, g_active->routes[i].backend,
           g_active->routes[i].weight);
  config_free(g_active);
  return 0;
}
