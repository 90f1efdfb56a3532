// EXPECT: dynamic-stack-buffer-overflow
// Makes URL slugs from titles: lowercases, turns runs of non-alphanumerics into single dashes,
// trims dashes and truncates at a word boundary. The working copy is a VLA sized strlen(title)
// bytes, one short of the terminator that the final strcpy-like loop writes.
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t slugify(const char *title, char *out, size_t outsz, size_t maxlen) {
  size_t n = strlen(title);
  char work[n]; /* one byte per input character */
  size_t w = 0;
  int dash = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)title[i];
    if (isalnum(c)) {
      if (dash && w > 0) work[w++] = '-';
      dash = 0;
      work[w++] = (char)tolower(c);
    } else {
      dash = 1;
    }
  }
  work[w] = '\0'; // BUG
  if (w > maxlen) {
    w = maxlen;
    while (w > 0 && work[w] != '-') w--; /* cut at the last dash before the limit */
    if (w == 0) w = maxlen;
    work[w] = '\0';
  }
  if (w + 1 > outsz) return 0;
  memcpy(out, work, w + 1);
  return w;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static const char *titles[] = { "Hello, World!", "  C99 -- VLAs considered harmful?  ", "A/B testing: 10 tips",
                                  "Ünïcode & friends", "x" };
  char slug[64], title[96];
  size_t total = 0;
  for (int i = 0; i < n; i++) {
    if (i < 5) snprintf(title, sizeof title, "%s", titles[i]);
    else snprintf(title, sizeof title, "Part %d: %.*s %s", i, i, alpha, i % 2 ? "(draft)" : "final");
    size_t len = slugify(title, slug, sizeof slug, 32);
    total += len;
    printf("%-40s -> %s\n", title, slug);
  }
  printf("%zu slug bytes\n", total);
  return 0;
}
