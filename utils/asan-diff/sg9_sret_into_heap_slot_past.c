// EXPECT: heap-buffer-overflow
// A parser returns a 40-byte token struct by value (sret); the caller
// stores each returned token straight into tokens[count] of a heap array
// that holds `cap` tokens, with the capacity check written as `count > cap`.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct token { int kind; int len; long start; char text[24]; };

__attribute__((noinline)) static struct token next_token(const char *s, int pos) {
  struct token t;
  t.kind = s[pos] & 3;
  t.len = 1;
  t.start = pos;
  memset(t.text, 0, sizeof t.text);
  t.text[0] = s[pos];
  return t;
}

int main(int argc, char **argv) {
  int cap = atoi(argv[1]) / 2;         /* 5 */
  struct token *tokens = malloc(cap * sizeof *tokens);
  int count = 0;
  for (int pos = 0; argv[2][pos]; pos += 4) {
    if (count > cap) break;            /* should be >= */
    tokens[count] = next_token(argv[2], pos); // BUG
    count++;
  }
  printf("%d %c %d\n", count, tokens[0].text[0], argc);
  free(tokens);
  return 0;
}
