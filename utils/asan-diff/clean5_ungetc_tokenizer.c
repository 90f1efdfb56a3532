// EXPECT: none
// A tokenizer built on getc and ungetc over a stream with a tiny program
// buffer (8 bytes, stack), so that ungetc often lands at the buffer's start
// and glibc switches to its backup area; chains of several ungetc calls
// (glibc allows more than one), ungetc of a different character, ungetc
// after fseek, and peeking at EOF.
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int peek(FILE *f) {
  int c = getc(f);
  if (c != EOF)
    ungetc(c, f);
  return c;
}

static long number(FILE *f) {
  long v = 0;
  int c;
  while ((c = getc(f)) != EOF && isdigit(c))
    v = v * 10 + (c - '0');
  if (c != EOF)
    ungetc(c, f);
  return v;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  FILE *f = fopen("tokens.txt", "w+");
  char tiny[8];
  if (!f || setvbuf(f, tiny, _IOFBF, sizeof tiny))
    return 1;
  for (int i = 0; i < n * 30; ++i)
    fprintf(f, "%d%c%.*s ", i * 37, i % 3 ? '+' : '*', i % 4, alpha + i % 20);
  rewind(f);
  long nums = 0, words = 0, ops = 0, sum = 0;
  int c;
  while ((c = peek(f)) != EOF) {
    if (isdigit(c)) {
      sum += number(f);
      ++nums;
    } else if (isalpha(c)) {
      char w[8];
      int k = 0;
      while ((c = getc(f)) != EOF && isalpha(c))
        w[k++] = (char)c;
      w[k] = 0;
      // Push the separator and the word's last two letters back, then
      // read them again.
      if (c != EOF)
        ungetc(c, f);
      if (k >= 2) {
        ungetc(w[k - 1], f);
        ungetc(w[k - 2], f);
        getc(f);
        getc(f);
      }
      sum += k * 3;
      ++words;
    } else {
      getc(f);
      if (c == '+' || c == '*') {
        ungetc('?', f); // a different character than the one read
        if (getc(f) == '?')
          ++ops;
      }
    }
  }
  int at_eof = peek(f) == EOF && feof(f);
  fseek(f, 5, SEEK_SET);
  int x = getc(f);
  ungetc(x, f);
  ungetc('Z', f);
  int y = getc(f), z = getc(f);
  printf("nums %ld words %ld ops %ld sum %ld eof %d %c%c%c\n", nums, words, ops,
         sum, at_eof, x, y, z);
  fclose(f);
  return 0;
}
