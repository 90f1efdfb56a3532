// EXPECT: none
// a tokenizer over exact-size heap copies: strings ending at their block's last byte, strtok_r/strspn/strcspn/memchr, qsort and bsearch of the tokens
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct tok {
  char *text;     /* malloc'd, exactly strlen + 1 */
  size_t len;
  int kind;       /* 0 word, 1 number, 2 punct */
  int line;
};

struct toklist {
  struct tok *v;
  size_t n, cap;
};

static void tl_push(struct toklist *tl, const char *s, size_t n, int kind, int line) {
  if (tl->n == tl->cap) {
    tl->cap = tl->cap ? tl->cap * 2 : 4;
    tl->v = realloc(tl->v, tl->cap * sizeof *tl->v);
  }
  struct tok *t = &tl->v[tl->n++];
  t->text = malloc(n + 1);
  memcpy(t->text, s, n);
  t->text[n] = '\0';
  t->len = n;
  t->kind = kind;
  t->line = line;
}

static void lex_line(struct toklist *tl, char *line, int lineno) {
  char *save = NULL;
  for (char *w = strtok_r(line, " \t", &save); w; w = strtok_r(NULL, " \t", &save)) {
    size_t wl = strlen(w);
    size_t i = 0;
    while (i < wl) {
      size_t d = strspn(w + i, "0123456789");
      if (d) { tl_push(tl, w + i, d, 1, lineno); i += d; continue; }
      size_t a = strcspn(w + i, "0123456789,;:.()[]{}+-*/=");
      if (a) { tl_push(tl, w + i, a, 0, lineno); i += a; continue; }
      tl_push(tl, w + i, 1, 2, lineno);
      i++;
    }
  }
}

static int cmp_tok(const void *a, const void *b) {
  const struct tok *x = a, *y = b;
  int c = strcmp(x->text, y->text);
  return c ? c : x->line - y->line;
}

static int cmp_key(const void *k, const void *e) {
  return strcmp((const char *)k, ((const struct tok *)e)->text);
}

static char *make_text(int n, const char *word, size_t *len) {
  size_t wl = strlen(word);
  size_t cap = 64, used = 0;
  char *buf = malloc(cap);
  for (int i = 0; i < n * 3; i++) {
    char piece[96];
    int k = snprintf(piece, sizeof piece, "%.*s%d,x%d (%s+%d)\t%c;%s", (int)(i % wl) + 1, word,
                     i, i * i, i % 2 ? "a" : "bb", i * 7, word[i % wl], i % 4 == 3 ? "\n" : " ");
    while (used + (size_t)k + 1 > cap) { cap *= 2; buf = realloc(buf, cap); }
    memcpy(buf + used, piece, (size_t)k);
    used += (size_t)k;
  }
  buf[used] = '\0';
  buf = realloc(buf, used + 1);   /* shrink to an exact fit */
  *len = used;
  return buf;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *word = argc > 2 ? argv[2] : "lexer";
  size_t len;
  char *text = make_text(n, word, &len);
  struct toklist tl = {NULL, 0, 0};
  int lineno = 1;
  char *p = text;
  while (p < text + len) {
    char *nl = memchr(p, '\n', (size_t)(text + len - p));
    size_t ll = nl ? (size_t)(nl - p) : (size_t)(text + len - p);
    char *line = malloc(ll + 1);
    memcpy(line, p, ll);
    line[ll] = '\0';
    lex_line(&tl, line, lineno++);
    free(line);
    p += ll + (nl != NULL);
  }
  int kinds[3] = {0, 0, 0};
  size_t maxlen = 0;
  for (size_t i = 0; i < tl.n; i++) {
    kinds[tl.v[i].kind]++;
    if (tl.v[i].len > maxlen) maxlen = tl.v[i].len;
    for (char *c = tl.v[i].text; *c; c++) *c = (char)tolower((unsigned char)*c);
  }
  qsort(tl.v, tl.n, sizeof *tl.v, cmp_tok);
  size_t uniq = 0;
  for (size_t i = 0; i < tl.n; i++)
    if (i == 0 || strcmp(tl.v[i].text, tl.v[i - 1].text) != 0) uniq++;
  const struct tok *found = bsearch("x0", tl.v, tl.n, sizeof *tl.v, cmp_key);
  char *last = strrchr(text, ';');
  printf("tokens=%zu uniq=%zu words=%d nums=%d punct=%d maxlen=%zu lines=%d x0=%s tail=%zu\n",
         tl.n, uniq, kinds[0], kinds[1], kinds[2], maxlen, lineno - 1, found ? "yes" : "no",
         last ? strlen(last) : 0);
  for (size_t i = 0; i < tl.n; i++) free(tl.v[i].text);
  free(tl.v);
  free(text);
  return 0;
}
