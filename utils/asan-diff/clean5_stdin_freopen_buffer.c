// EXPECT: none
// stdin reopened on a file the program wrote (freopen), given a static
// program buffer, then read with scanf, getchar, ungetc(…, stdin), fgets,
// getline and getc; stdin reopened again on long.txt (the runner's file)
// and read to the end with getchar and feof(stdin).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char inbuf[64];

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  FILE *w = fopen("input.txt", "w");
  for (int i = 0; i < n * 8; ++i)
    fprintf(w, "%d %s\n", i * 5, alpha + i % 26);
  fclose(w);
  if (!freopen("input.txt", "r", stdin))
    return 1;
  setvbuf(stdin, inbuf, _IOFBF, sizeof inbuf);
  unsigned long sum = 0;
  int v;
  char word[32];
  for (int i = 0; i < n * 2 && scanf("%d %31s", &v, word) == 2; ++i)
    sum += (unsigned long)v + strlen(word);
  int c = getchar(); // the newline
  sum += (unsigned)c;
  c = getchar();
  ungetc(c, stdin);
  char line[40];
  if (fgets(line, sizeof line, stdin))
    sum += strlen(line);
  char *dyn = NULL;
  size_t cap = 0;
  ssize_t len;
  while ((len = getline(&dyn, &cap, stdin)) > 0)
    sum = sum * 3 + (unsigned long)len;
  free(dyn);
  if (!feof(stdin))
    return 2;
  if (!freopen("long.txt", "r", stdin))
    return 3;
  int chars = 0, lines = 0;
  while ((c = getc(stdin)) != EOF) {
    ++chars;
    lines += c == '\n';
  }
  printf("sum %lu chars %d lines %d eof %d\n", sum, chars, lines, feof(stdin) != 0);
  return 0;
}
