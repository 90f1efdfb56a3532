// EXPECT: stack-buffer-overflow
// the JSON string scanner skips the byte after a backslash without checking the end: a document ending in a backslash reads one past the stack buffer
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum jtype { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ, J_ERR };

struct jstats {
  int counts[J_ERR + 1];
  int depth, max_depth;
  size_t string_bytes;
  double num_sum;
};

struct jparser {
  const char *s;
  size_t n, i;
  struct jstats st;
};

static void ws(struct jparser *p) {
  while (p->i < p->n && isspace((unsigned char)p->s[p->i])) p->i++;
}

static enum jtype parse_value(struct jparser *p);

static enum jtype parse_string(struct jparser *p) {
  p->i++;   /* opening quote */
  size_t start = p->i;
  while (p->i < p->n && p->s[p->i] != '"') {
    if (p->s[p->i] == '\\') {
      p->i++;
      char e = p->s[p->i]; // BUG
      if (e == 'u') p->i += 4;
    }
    p->i++;
  }
  p->st.string_bytes += p->i - start;
  if (p->i >= p->n) return J_ERR;
  p->i++;
  return J_STR;
}

static enum jtype parse_number(struct jparser *p) {
  char tmp[32];
  size_t k = 0;
  while (p->i < p->n && k < sizeof tmp - 1 &&
         (isdigit((unsigned char)p->s[p->i]) || strchr("+-.eE", p->s[p->i])))
    tmp[k++] = p->s[p->i++];
  tmp[k] = '\0';
  p->st.num_sum += strtod(tmp, NULL);
  return J_NUM;
}

static enum jtype parse_seq(struct jparser *p, char close, int is_obj) {
  p->i++;
  if (++p->st.depth > p->st.max_depth) p->st.max_depth = p->st.depth;
  ws(p);
  if (p->i < p->n && p->s[p->i] == close) { p->i++; p->st.depth--; return is_obj ? J_OBJ : J_ARR; }
  for (;;) {
    ws(p);
    if (is_obj) {
      if (p->i >= p->n || p->s[p->i] != '"' || parse_string(p) == J_ERR) return J_ERR;
      ws(p);
      if (p->i >= p->n || p->s[p->i] != ':') return J_ERR;
      p->i++;
    }
    if (parse_value(p) == J_ERR) return J_ERR;
    ws(p);
    if (p->i >= p->n) return J_ERR;
    if (p->s[p->i] == ',') { p->i++; continue; }
    if (p->s[p->i] == close) { p->i++; p->st.depth--; return is_obj ? J_OBJ : J_ARR; }
    return J_ERR;
  }
}

static enum jtype parse_value(struct jparser *p) {
  ws(p);
  enum jtype t = J_ERR;
  if (p->i >= p->n) return J_ERR;
  char c = p->s[p->i];
  if (c == '{') t = parse_seq(p, '}', 1);
  else if (c == '[') t = parse_seq(p, ']', 0);
  else if (c == '"') t = parse_string(p);
  else if (c == '-' || isdigit((unsigned char)c)) t = parse_number(p);
  else if (p->n - p->i >= 4 && memcmp(p->s + p->i, "null", 4) == 0) { p->i += 4; t = J_NULL; }
  else if (p->n - p->i >= 4 && memcmp(p->s + p->i, "true", 4) == 0) { p->i += 4; t = J_BOOL; }
  p->st.counts[t]++;
  return t;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *word = argc > 2 ? argv[2] : "abc";
  char doc[96];
  int k = snprintf(doc, sizeof doc, "{\"n\": %d, \"list\": [1, 2.5, true, null], \"w\": \"%.*s",
                   n, 40, word);
  /* a truncated document: the last string ends in a backslash, filling the buffer */
  while (k < (int)sizeof doc - 1) doc[k++] = 'x';
  doc[k++] = '\\';
  struct jparser p;
  memset(&p, 0, sizeof p);
  p.s = doc;
  p.n = (size_t)k;
  enum jtype t = parse_value(&p);
  printf("type=%d consumed=%zu/%zu depth=%d strings=%zu sum=%.2f\n", (int)t, p.i, p.n,
         p.st.max_depth, p.st.string_bytes, p.st.num_sum);
  for (int i = 0; i <= J_ERR; i++) printf("%d ", p.st.counts[i]);
  printf("\n");
  return 0;
}
