// EXPECT: leak
#include <stdlib.h>
#include <stdio.h>
struct S { char *buf; int n; };
int main(void) {
  struct S *s = malloc(sizeof *s);
  s->buf = malloc(100);
  free(s);
  return 0;
}
