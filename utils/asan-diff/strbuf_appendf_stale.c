// EXPECT: heap-use-after-free
// sb_appendf formats again into the old buffer after sb_reserve realloc'ed it
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct sb {
  char *data;
  size_t len, cap;
  int grows;
};

static void sb_init(struct sb *b) {
  b->cap = 16;
  b->len = 0;
  b->grows = 0;
  b->data = malloc(b->cap);
  b->data[0] = '\0';
}

static void sb_reserve(struct sb *b, size_t extra) {
  if (b->len + extra + 1 <= b->cap) return;
  size_t ncap = b->cap;
  while (b->len + extra + 1 > ncap) ncap = ncap * 3 / 2 + 8;
  b->data = realloc(b->data, ncap);
  b->cap = ncap;
  b->grows++;
}

static void sb_append_n(struct sb *b, const char *s, size_t n) {
  sb_reserve(b, n);
  memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = '\0';
}

static void sb_append(struct sb *b, const char *s) { sb_append_n(b, s, strlen(s)); }

static void sb_putc(struct sb *b, char c) {
  sb_reserve(b, 1);
  b->data[b->len++] = c;
  b->data[b->len] = '\0';
}

__attribute__((format(printf, 2, 3)))
static void sb_appendf(struct sb *b, const char *fmt, ...) {
  va_list ap;
  char *dst = b->data + b->len;
  va_start(ap, fmt);
  int n = vsnprintf(dst, b->cap - b->len, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  if ((size_t)n >= b->cap - b->len) {
    sb_reserve(b, (size_t)n);

    va_start(ap, fmt);
    vsnprintf(dst, b->cap - b->len, fmt, ap); // BUG
    va_end(ap);
  }
  b->len += (size_t)n;
}

static void sb_truncate(struct sb *b, size_t len) {
  if (len < b->len) { b->len = len; b->data[len] = '\0'; }
}

static char *sb_steal(struct sb *b) {
  char *s = b->data;
  b->data = NULL;
  b->len = b->cap = 0;
  return s;
}

/* CSV field: quoted when it holds a comma, a quote or a newline. */
static void csv_field(struct sb *b, const char *s) {
  if (!strpbrk(s, ",\"\n")) { sb_append(b, s); return; }
  sb_putc(b, '"');
  for (; *s; s++) {
    if (*s == '"') sb_putc(b, '"');
    sb_putc(b, *s);
  }
  sb_putc(b, '"');
}

static void html_escaped(struct sb *b, const char *s) {
  for (; *s; s++) {
    switch (*s) {
    case '<': sb_append(b, "&lt;"); break;
    case '>': sb_append(b, "&gt;"); break;
    case '&': sb_append(b, "&amp;"); break;
    case '"': sb_append(b, "&quot;"); break;
    default: sb_putc(b, *s);
    }
  }
}

struct item { char name[24]; int qty; double price; const char *note; };

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *letters = argc > 2 ? argv[2] : "XYZ";
  const char *notes[] = { "plain", "has, comma", "say \"hi\"", "<b>bold</b> & more", "two\nlines" };
  struct item *items = calloc((size_t)n, sizeof *items);
  for (int i = 0; i < n; i++) {
    snprintf(items[i].name, sizeof items[i].name, "item-%.*s-%d", 1 + i % 5, letters + i, i);
    items[i].qty = (i * 7 + 3) % 11;
    items[i].price = 1.25 * (i + 1);
    items[i].note = notes[i % 5];
  }

  struct sb csv;
  sb_init(&csv);
  sb_append(&csv, "name,qty,price,note\n");
  double total = 0;
  for (int i = 0; i < n; i++) {
    size_t row = csv.len;
    char *start = csv.data + row; /* where this row begins */
    csv_field(&csv, items[i].name);
    sb_appendf(&csv, ",%d,%.2f,", items[i].qty, items[i].price);
    csv_field(&csv, items[i].note);
    sb_putc(&csv, '\n');
    if (items[i].qty == 0) sb_truncate(&csv, row); /* drop empty rows */
    else {
      start = csv.data + row; /* re-derive: the appends may have moved the buffer */
      start[0] = (char)toupper((unsigned char)start[0]);
      total += items[i].qty * items[i].price;
    }
  }
  sb_appendf(&csv, "TOTAL,,%.2f,\n", total);

  struct sb html;
  sb_init(&html);
  sb_append(&html, "<table>\n");
  for (int i = 0; i < n; i++) {
    sb_append(&html, "  <tr><td>");
    html_escaped(&html, items[i].name);
    sb_appendf(&html, "</td><td>%d</td><td>", items[i].qty);
    html_escaped(&html, items[i].note);
    sb_append(&html, "</td></tr>\n");
  }
  sb_append(&html, "</table>\n");

  unsigned sum = 0;
  for (size_t i = 0; i < html.len; i++) sum = sum * 33 + (unsigned char)html.data[i];
  printf("%s", csv.data);
  printf("csv %zu bytes (%d grows), html %zu bytes (%d grows), hash %08x\n", csv.len, csv.grows,
         html.len, html.grows, sum);
  char *owned = sb_steal(&html);
  printf("%.40s...\n", owned + 8);
  free(owned);
  free(csv.data);
  free(items);
  return 0;
}
