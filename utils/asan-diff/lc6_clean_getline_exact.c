// EXPECT: none
// getline into a stack array whose capacity is exactly the line and its terminator; getdelim into a global filled exactly up to the delimiter; getline growing its own heap buffer.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
char g[16];
int main(int argc, char **argv) {
  size_t len = strlen(argv[2]);
  FILE *f = fmemopen(argv[2], len, "r");
  char buf[27];
  char *p = buf;
  size_t cap = sizeof buf;
  ssize_t n1 = getline(&p, &cap, f);
  fclose(f);
  f = fmemopen(argv[2], len, "r");
  char *q = g;
  size_t qcap = sizeof g;
  ssize_t n2 = getdelim(&q, &qcap, 'O', f);
  fclose(f);
  FILE *h = fopen("long.txt", "r");
  char *line = 0;
  size_t lcap = 0;
  ssize_t n3 = 0;
  if (h) {
    n3 = getline(&line, &lcap, h);
    fclose(h);
  }
  printf("%zd %s %d %zd %s %zd %d\n", n1, buf, p == buf, n2, g, n3, atoi(argv[1]));
  free(line);
  return 0;
}
