// EXPECT: leak
// jfree never frees an object's keys (the strings parse_string_raw and jset_num allocate)
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum jkind { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ };

struct jnode {
  enum jkind kind;
  double num;
  char *str;
  int n, cap;
  char **keys;          /* J_OBJ only */
  struct jnode **items; /* J_ARR and J_OBJ */
};

struct jparser { const char *s; int pos; int err; };

static struct jnode *jnew(enum jkind k) {
  struct jnode *n = calloc(1, sizeof *n);
  n->kind = k;
  return n;
}

static void jfree(struct jnode *n) {
  if (!n) return;
  for (int i = 0; i < n->n; i++) {
    if (n->keys && n->kind != J_OBJ) free(n->keys[i]);
    jfree(n->items[i]);
  }
  free(n->keys);
  free(n->items);
  free(n->str);
  free(n);
}

static void jpush(struct jnode *parent, char *key, struct jnode *child) {
  if (parent->n == parent->cap) {
    parent->cap = parent->cap ? parent->cap * 2 : 2;
    parent->items = realloc(parent->items, parent->cap * sizeof *parent->items);
    if (parent->kind == J_OBJ)
      parent->keys = realloc(parent->keys, parent->cap * sizeof *parent->keys);
  }
  if (parent->kind == J_OBJ) parent->keys[parent->n] = key;
  parent->items[parent->n++] = child;
}

static void skip_ws(struct jparser *p) {
  while (isspace((unsigned char)p->s[p->pos])) p->pos++;
}

static char *parse_string_raw(struct jparser *p) {
  if (p->s[p->pos] != '"') { p->err = 1; return NULL; }
  int start = ++p->pos, len = 0;
  while (p->s[p->pos] && p->s[p->pos] != '"') {
    if (p->s[p->pos] == '\\' && p->s[p->pos + 1]) p->pos++;
    p->pos++;
    len++;
  }
  if (p->s[p->pos] != '"') { p->err = 1; return NULL; }
  char *out = malloc(len + 1);
  int j = 0;
  for (int i = start; i < p->pos; i++) {
    if (p->s[i] == '\\') {
      i++;
      out[j++] = p->s[i] == 'n' ? '\n' : p->s[i] == 't' ? '\t' : p->s[i];
    } else {
      out[j++] = p->s[i];
    }
  }
  out[j] = '\0';
  p->pos++;
  return out;
}

static struct jnode *parse_value(struct jparser *p, int depth);

static struct jnode *parse_container(struct jparser *p, int depth, int is_obj) {
  struct jnode *n = jnew(is_obj ? J_OBJ : J_ARR);
  char close = is_obj ? '}' : ']';
  p->pos++;
  skip_ws(p);
  if (p->s[p->pos] == close) { p->pos++; return n; }
  for (;;) {
    char *key = NULL;
    skip_ws(p);
    if (is_obj) {
      key = parse_string_raw(p);
      skip_ws(p);
      if (!key || p->s[p->pos] != ':') { free(key); p->err = 1; return n; }
      p->pos++;
    }
    struct jnode *child = parse_value(p, depth + 1);
    if (!child) { free(key); p->err = 1; return n; }
    jpush(n, key, child);
    skip_ws(p);
    if (p->s[p->pos] == ',') { p->pos++; continue; }
    if (p->s[p->pos] == close) { p->pos++; return n; }
    p->err = 1;
    return n;
  }
}

static struct jnode *parse_value(struct jparser *p, int depth) {
  skip_ws(p);
  if (depth > 32) { p->err = 1; return NULL; }
  char c = p->s[p->pos];
  if (c == '{' || c == '[') return parse_container(p, depth, c == '{');
  if (c == '"') {
    char *s = parse_string_raw(p);
    if (!s) return NULL;
    struct jnode *n = jnew(J_STR);
    n->str = s;
    return n;
  }
  if (c == '-' || isdigit((unsigned char)c)) {
    char *end;
    struct jnode *n = jnew(J_NUM);
    n->num = strtod(p->s + p->pos, &end);
    p->pos = (int)(end - p->s);
    return n;
  }
  if (strncmp(p->s + p->pos, "true", 4) == 0 || strncmp(p->s + p->pos, "false", 5) == 0) {
    struct jnode *n = jnew(J_BOOL);
    n->num = c == 't';
    p->pos += c == 't' ? 4 : 5;
    return n;
  }
  if (strncmp(p->s + p->pos, "null", 4) == 0) { p->pos += 4; return jnew(J_NULL); }
  p->err = 1;
  return NULL;
}

static struct jnode *jget(const struct jnode *obj, const char *key) {
  if (!obj || obj->kind != J_OBJ) return NULL;
  for (int i = 0; i < obj->n; i++)
    if (strcmp(obj->keys[i], key) == 0) return obj->items[i];
  return NULL;
}

/* "a.b.2.c": object keys and array indexes */
static struct jnode *jpath(struct jnode *root, const char *path) {
  char buf[128], *save = NULL;
  snprintf(buf, sizeof buf, "%s", path);
  struct jnode *cur = root;
  for (char *tok = strtok_r(buf, ".", &save); tok && cur; tok = strtok_r(NULL, ".", &save)) {
    if (cur->kind == J_ARR && isdigit((unsigned char)tok[0])) {
      int i = atoi(tok);
      cur = i < cur->n ? cur->items[i] : NULL;
    } else {
      cur = jget(cur, tok);
    }
  }
  return cur;
}

/* Replaces the value under key: the old node is freed. */
static void jset_num(struct jnode *obj, const char *key, double v) {
  for (int i = 0; i < obj->n; i++) {
    if (strcmp(obj->keys[i], key) == 0) {
      jfree(obj->items[i]);
      obj->items[i] = jnew(J_NUM);
      obj->items[i]->num = v;
      return;
    }
  }
  jpush(obj, strdup(key), jnew(J_NUM));
  obj->items[obj->n - 1]->num = v;
}

static int jdump(const struct jnode *n, char *out, int cap) {
  int len = 0;
#define PUT(...) len += snprintf(out + len, len < cap ? cap - len : 0, __VA_ARGS__)
  switch (n->kind) {
  case J_NULL: PUT("null"); break;
  case J_BOOL: PUT(n->num ? "true" : "false"); break;
  case J_NUM: PUT("%g", n->num); break;
  case J_STR: PUT("\"%s\"", n->str); break;
  case J_ARR:
  case J_OBJ:
    PUT("%c", n->kind == J_OBJ ? '{' : '[');
    for (int i = 0; i < n->n; i++) {
      if (i) PUT(",");
      if (n->kind == J_OBJ) PUT("\"%s\":", n->keys[i]);
      len += jdump(n->items[i], out + (len < cap ? len : cap), len < cap ? cap - len : 0);
    }
    PUT("%c", n->kind == J_OBJ ? '}' : ']');
    break;
  }
#undef PUT
  return len;
}

static double sum_numbers(const struct jnode *n) {
  double s = n->kind == J_NUM ? n->num : 0;
  for (int i = 0; i < n->n; i++) s += sum_numbers(n->items[i]);
  return s;
}

int main(int argc, char **argv) {
  int seed = argc > 1 ? atoi(argv[1]) : 10;
  const char *word = argc > 2 ? argv[2] : "XYZ";
  char doc[2048];
  int len = snprintf(doc, sizeof doc,
      "{ \"name\": \"%.12s\", \"version\": %d, \"enabled\": true,\n"
      "  \"config\": { \"limit\": %d, \"ratio\": 0.%d, \"tags\": [\"a\", \"b\\n\", \"%.3s\"] },\n"
      "  \"servers\": [", word, seed, seed * 100, seed, word + 23);
  for (int i = 0; i < seed; i++)
    len += snprintf(doc + len, sizeof doc - len,
                    "%s{\"host\": \"h%d.%.4s\", \"port\": %d, \"weight\": %d.5, \"backup\": %s}",
                    i ? ", " : "", i, word + i, 8000 + i, i, i % 3 ? "false" : "null");
  snprintf(doc + len, sizeof doc - len, "],\n  \"empty\": {}, \"list\": [] }");

  struct jparser p = { doc, 0, 0 };
  struct jnode *root = parse_value(&p, 0);
  if (!root || p.err) {
    printf("parse error at %d\n", p.pos);
    jfree(root);
    return 1;
  }
  struct jnode *cfg = jget(root, "config");
  struct jnode *limit = jget(cfg, "limit");
  double old_limit = limit ? limit->num : -1;
  jset_num(cfg, "limit", old_limit * 2);
  jset_num(cfg, "retries", 3);
  limit = jget(cfg, "limit");
  printf("limit %g -> %g\n", old_limit, limit->num);

  const char *paths[] = { "name", "servers.3.host", "servers.9.port", "config.tags.1",
                          "config.ratio", "servers.12.port", "empty.x" };
  for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++) {
    struct jnode *n = jpath(root, paths[i]);
    char buf[64];
    if (n) jdump(n, buf, sizeof buf);
    printf("%-16s %s\n", paths[i], n ? buf : "(missing)");
  }
  char *out = malloc(4096);
  int outlen = jdump(root, out, 4096);
  printf("%d bytes, sum %.2f\n%.120s...\n", outlen, sum_numbers(root), out);
  free(out);
  jfree(root);
  return 0;
}
