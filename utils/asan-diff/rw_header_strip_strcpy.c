// EXPECT: strcpy-param-overlap
// A mail header normalizer: unfolds continuation lines, strips "Re: "/"Fwd: " prefixes from
// the subject in place, and lowercases header names. Stripping the prefix shifts the string
// left with strcpy(s, s + k), whose source and destination overlap (memmove was meant).
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct header { char name[32]; char *value; };

static int strip_prefixes(char *subject) {
  static const char *prefixes[] = { "Re: ", "RE: ", "Fwd: ", "FW: " };
  int stripped = 0;
  for (int again = 1; again;) {
    again = 0;
    for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++) {
      size_t k = strlen(prefixes[i]);
      if (strncmp(subject, prefixes[i], k) == 0) {
        strcpy(subject, subject + k); // BUG
        stripped++;
        again = 1;
      }
    }
  }
  return stripped;
}

static int parse(char *text, struct header *hs, int max) {
  int n = 0;
  for (char *line = strtok(text, "\n"); line && n < max; line = strtok(NULL, "\n")) {
    if ((line[0] == ' ' || line[0] == '\t') && n > 0) { /* folded continuation */
      struct header *h = &hs[n - 1];
      size_t a = strlen(h->value), b = strlen(line);
      h->value = realloc(h->value, a + b + 1);
      memcpy(h->value + a, line, b + 1);
      continue;
    }
    char *colon = strchr(line, ':');
    if (!colon) continue;
    *colon = '\0';
    snprintf(hs[n].name, sizeof hs[n].name, "%s", line);
    for (char *c = hs[n].name; *c; c++) *c = (char)tolower((unsigned char)*c);
    char *v = colon + 1;
    while (*v == ' ') v++;
    hs[n].value = strdup(v);
    n++;
  }
  return n;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  char text[1024];
  snprintf(text, sizeof text,
           "From: %.6s <%.3s@example.com>\nTo: list@example.com\nSubject: Re: Fwd: Re: meeting notes for week %d\n"
           "  (%.12s edition)\nX-Mailer: demo\n",
           alpha, alpha + 3, n, alpha);
  struct header hs[8];
  int nh = parse(text, hs, 8);
  int stripped = 0;
  for (int i = 0; i < nh; i++) {
    if (strcmp(hs[i].name, "subject") == 0) stripped += strip_prefixes(hs[i].value);
    printf("%-10s %s\n", hs[i].name, hs[i].value);
  }
  printf("%d headers, %d prefixes stripped\n", nh, stripped);
  for (int i = 0; i < nh; i++) free(hs[i].value);
  return 0;
}
