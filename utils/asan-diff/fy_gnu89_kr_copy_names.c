// EXPECT: heap-buffer-overflow
// FLAGS: -std=gnu89 -Wno-deprecated-non-prototype
// Old K&R-style C (gnu89: old-style definitions, declarations at the top
// of blocks): copies argv words into a heap table of fixed-width names,
// with the width check off by one for the terminator.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NAMEW 16

static int store(tab, i, s)
char *tab;
int i;
char *s;
{
  int len;
  len = strlen(s);
  if (len > NAMEW)
    len = NAMEW;
  memcpy(tab + i * NAMEW, s, len);
  tab[i * NAMEW + len] = '\0'; // BUG
  return len;
}

int main(argc, argv)
int argc;
char **argv;
{
  char *tab;
  int n, i;
  n = 2;
  tab = malloc(n * NAMEW);
  i = store(tab, 0, argv[1]);
  i += store(tab, 1, argv[2]);
  printf("%d %s\n", i, tab);
  free(tab);
  return 0;
}
