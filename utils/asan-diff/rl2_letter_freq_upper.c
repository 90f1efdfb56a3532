// EXPECT: stack-buffer-underflow
// the letter histogram indexes counts[c - 'a'] after only checking isalpha, so an upper-case letter lands 32 ints before the array
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct freq_report {
  int total;
  int distinct;
  char top;
  int top_count;
  double entropy_bits;
};

static double log2_approx(double x) {
  /* good enough for a report: log2 by repeated halving plus a series */
  int e = 0;
  while (x >= 2) { x /= 2; e++; }
  while (x < 1) { x *= 2; e--; }
  double y = (x - 1) / (x + 1), y2 = y * y, s = 0, t = y;
  for (int k = 1; k < 20; k += 2) { s += t / k; t *= y2; }
  return e + 2 * s / 0.6931471805599453;
}

static void histogram(const char *text, struct freq_report *rep) {
  int counts[26];
  char seen[32];
  int nseen = 0;
  memset(counts, 0, sizeof counts);
  memset(seen, 0, sizeof seen);
  for (const char *p = text; *p; p++) {
    if (!isalpha((unsigned char)*p)) continue;
    int idx = *p - 'a';                 /* 'A'..'Z' give -32..-7 */
    if (counts[idx]++ == 0 && nseen < 31) seen[nseen++] = *p; // BUG
    rep->total++;
  }
  rep->distinct = nseen;
  rep->top = '?';
  rep->top_count = 0;
  for (int i = 0; i < 26; i++)
    if (counts[i] > rep->top_count) { rep->top_count = counts[i]; rep->top = (char)('a' + i); }
  double h = 0;
  for (int i = 0; i < 26; i++)
    if (counts[i]) {
      double pr = (double)counts[i] / rep->total;
      h -= pr * log2_approx(pr);
    }
  rep->entropy_bits = h;
}

static char *compose(int n, const char *word) {
  const char *lower = "the quick brown fox jumps over the lazy dog ";
  size_t need = strlen(lower) * (size_t)n + strlen(word) + 2;
  char *s = malloc(need);
  s[0] = '\0';
  for (int i = 0; i < n; i++) strcat(s, lower);
  strcat(s, word);   /* an upper-case word from the command line */
  return s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *word = argc > 2 ? argv[2] : "Hello";
  char *text = compose(n, word);
  struct freq_report rep;
  memset(&rep, 0, sizeof rep);
  histogram(text, &rep);
  printf("total=%d distinct=%d top=%c x%d entropy=%.3f\n", rep.total, rep.distinct, rep.top,
         rep.top_count, rep.entropy_bits);
  free(text);
  return 0;
}
