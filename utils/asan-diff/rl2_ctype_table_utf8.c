// EXPECT: global-buffer-overflow
// the lexer classifies bytes with class_of[(int)c] on plain (signed) char; a UTF-8 byte of a name in the input gives a negative index before the table
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum cclass { C_OTHER, C_SPACE, C_DIGIT, C_ALPHA, C_PUNCT };

static unsigned char class_of[128];
static int class_counts[5];
static const char *class_names[5] = {"other", "space", "digit", "alpha", "punct"};

static void init_classes(void) {
  for (int c = 0; c < 128; c++) {
    unsigned char k = C_OTHER;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') k = C_SPACE;
    else if (c >= '0' && c <= '9') k = C_DIGIT;
    else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') k = C_ALPHA;
    else if (c > ' ' && c < 127) k = C_PUNCT;
    class_of[c] = k;
  }
}

struct word_stats {
  int words, numbers, puncts;
  size_t longest;
};

static void scan(const char *s, struct word_stats *ws) {
  const char *p = s;
  while (*p) {
    char c = *p;
    enum cclass k = (enum cclass)class_of[(int)c]; // BUG
    class_counts[k]++;
    const char *start = p;
    if (k == C_ALPHA) {
      while (*p && class_of[(int)*p] == C_ALPHA) p++;   /* bytes >= 0x80 would stop here */
      ws->words++;
    } else if (k == C_DIGIT) {
      while (*p && class_of[(int)*p] == C_DIGIT) p++;
      ws->numbers++;
    } else {
      if (k == C_PUNCT) ws->puncts++;
      p++;
    }
    if ((size_t)(p - start) > ws->longest) ws->longest = (size_t)(p - start);
  }
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *word = argc > 2 ? argv[2] : "ABC";
  init_classes();
  /* the third name has a UTF-8 en dash (0xE2 0x80 0x93) */
  const char *names[] = {"alice", "bob", "jean\xe2\x80\x93luc", "dmitri"};
  char line[256];
  int k = snprintf(line, sizeof line, "id=%d user=%s ", n, names[(n / 5) % 4]);
  k += snprintf(line + k, sizeof line - (size_t)k, "tag=%.8s; count=%d", word, n * 3);
  struct word_stats ws = {0, 0, 0, 0};
  scan(line, &ws);
  printf("words=%d numbers=%d puncts=%d longest=%zu\n", ws.words, ws.numbers, ws.puncts, ws.longest);
  for (int i = 0; i < 5; i++) printf("%s=%d ", class_names[i], class_counts[i]);
  printf("\n");
  return 0;
}
