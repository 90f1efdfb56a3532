// EXPECT: stack-buffer-overflow
// a greedy text wrapper copies each word into a fixed buffer with strncpy; a word as long as the buffer is left unterminated and strlen runs past it
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WORD_MAX 24

struct wrapper {
  int width;
  int col;
  int lines;
  char out[2048];
  size_t olen;
};

static void emit(struct wrapper *w, const char *s, size_t n) {
  if (w->olen + n + 1 >= sizeof w->out) return;
  memcpy(w->out + w->olen, s, n);
  w->olen += n;
  w->out[w->olen] = '\0';
}

static void newline(struct wrapper *w) {
  emit(w, "\n", 1);
  w->col = 0;
  w->lines++;
}

static void add_word(struct wrapper *w, const char *src, size_t srclen) {
  char word[WORD_MAX];
  strncpy(word, src, srclen < sizeof word ? srclen : sizeof word);
  if (srclen < sizeof word) word[srclen] = '\0';
  size_t wl = strlen(word); // BUG
  if (w->col > 0 && w->col + 1 + (int)wl > w->width) newline(w);
  if (w->col > 0) {
    emit(w, " ", 1);
    w->col++;
  }
  while ((int)wl > w->width) {
    emit(w, word, (size_t)w->width - 1);
    emit(w, "-", 1);
    memmove(word, word + w->width - 1, wl - (size_t)w->width + 2);
    wl -= (size_t)w->width - 1;
    newline(w);
  }
  emit(w, word, wl);
  w->col += (int)wl;
}

static void wrap_text(struct wrapper *w, const char *text) {
  const char *p = text;
  while (*p) {
    while (*p == ' ' || *p == '\n' || *p == '\t') p++;
    const char *e = p;
    while (*e && *e != ' ' && *e != '\n' && *e != '\t') e++;
    if (e > p) add_word(w, p, (size_t)(e - p));
    p = e;
  }
}

/* Prefixes every line of src with indent spaces into dst. */
static size_t indent_lines(char *dst, size_t cap, const char *src, int indent) {
  size_t o = 0;
  int at_start = 1;
  for (const char *p = src; *p && o + (size_t)indent + 2 < cap; p++) {
    if (at_start) {
      memset(dst + o, ' ', (size_t)indent);
      o += (size_t)indent;
    }
    dst[o++] = *p;
    at_start = *p == '\n';
  }
  dst[o] = '\0';
  return o;
}

int main(int argc, char **argv) {
  int width = argc > 1 ? atoi(argv[1]) : 20;
  const char *tail = argc > 2 ? argv[2] : "supercalifragilistic";
  char text[1024];
  size_t tl = 0;
  FILE *f = fopen("long.txt", "r");
  if (f) {
    tl = fread(text, 1, 512, f);
    fclose(f);
  }
  snprintf(text + tl, sizeof text - tl, " %s end", tail);
  struct wrapper w = {width < 8 ? 8 : width, 0, 1, "", 0};
  wrap_text(&w, text);
  static char indented[4096];
  indent_lines(indented, sizeof indented, w.out, 4);
  printf("%s\n(%d lines at width %d)\n", indented, w.lines, w.width);
  return 0;
}
