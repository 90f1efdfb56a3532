// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
struct Rec { int id; char name[6]; short n; } rec = {1, "abc", 2};
int main(int argc, char **argv) {
  char *p = rec.name;
  int k = atoi(argv[1]) + 2;
  p[k] = 'x'; // BUG
  printf("%d %s\n", rec.id, rec.name);
  return 0;
}
