// EXPECT: stack-use-after-scope
// Finds the longest word of the input by copying each word into a buffer
// local to the loop body and remembering a pointer to the longest; the
// pointer is printed (its first bytes read) after the loop, when every
// body's buffer is out of scope.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static size_t next_word(const char *s, size_t pos,
                                                  char *out, size_t cap) {
  size_t n = 0;
  while (s[pos + n] && s[pos + n] != ' ' && n + 1 < cap) {
    out[n] = s[pos + n];
    n++;
  }
  out[n] = 0;
  return n;
}

int main(int argc, char **argv) {
  const char *text = "the quick brown fox jumps over lazy dogs";
  const char *longest = NULL;
  size_t best = 0, pos = 0;
  int words = atoi(argv[1]) - 2; /* 8 */
  for (int w = 0; w < words; w++) {
    char word[32];
    size_t n = next_word(text, pos, word, sizeof word);
    if (n > best) {
      best = n;
      longest = word;
    }
    pos += n + 1;
  }
  unsigned h = 0;
  for (size_t i = 0; i < best; i++) h = h * 33 + (unsigned char)longest[i]; // BUG
  printf("%zu %u %d\n", best, h, argc);
  return 0;
}
