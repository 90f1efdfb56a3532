// EXPECT: none
// Correct calls that read unterminated stack and global character arrays
// only as far as their bounds allow: printf precisions, %c and %[ widths
// in sscanf, strncmp/strncat/strndup/strnlen/memchr/memmem with counts
// that stop inside the array, strtol stopping at a non-digit, snprintf and
// strncpy truncating into exact-size locals, and qsort/bsearch on exact
// element counts. ASan checks only the bytes each call may touch.
#define _GNU_SOURCE 1
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
static const char g_tag[4] = {'A', 'B', 'C', 'D'};  /* no NUL */
static char g_digits[3] = {'4', '2', 'x'};           /* no NUL */
static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  char word[5];
  memcpy(word, argv[2], sizeof word);  /* "ABCDE", no NUL */
  long s = 0;
  s += printf("%.*s|%.4s|%.2s\n", (int)sizeof word, word, g_tag, g_tag + 2);
  char four[4], low[4];
  s += sscanf("wxyz-abc", "%4c-%3[a-z]", four, low);
  s += four[3] + low[2];
  s += strncmp(word, "ABCX", 4) + strncmp(g_tag, "AB", 2) + strncmp(word, "ABQ", 5);
  char dst[16] = "pre:";
  strncat(dst, g_tag, 3);
  s += (long)strlen(dst);
  char *dup = strndup(word, 3);
  s += (long)strlen(dup);
  free(dup);
  s += (long)strnlen(word, sizeof word) + (long)strnlen(g_tag, sizeof g_tag);
  s += memchr(word, 'C', sizeof word) != NULL;
  s += memmem(word, sizeof word, "CDE", 3) != NULL;
  char *end;
  s += strtol(g_digits, &end, 10) + (end - g_digits);
  char small[4];
  s += snprintf(small, sizeof small, "%d-%s", n * 1000, argv[2]);
  s += small[3] == 0;
  char fixed[6];
  strncpy(fixed, argv[2], sizeof fixed);
  s += fixed[5];
  int vals[7];
  for (int i = 0; i < 7; i++) vals[i] = (i * 5 + n) % 7;
  qsort(vals, 7, sizeof vals[0], cmp);
  int key = vals[6];
  s += bsearch(&key, vals, 7, sizeof vals[0], cmp) != NULL;
  wchar_t w[3] = {L'a', L'b', L'c'};
  s += (long)wcsnlen(w, 3);
  printf("%ld %d\n", s, argc);
  return 0;
}
