// EXPECT: stack-buffer-overflow
// An array of structs on the stack, each with an array member; a loop over
// the last element's member runs past the padding to the end of the whole
// array.
#include <stdio.h>
#include <stdlib.h>
struct Rec { int id; char tag[5]; };
int main(int argc, char **argv) {
  struct Rec recs[4];
  for (int i = 0; i < 4; i++) {
    recs[i].id = i * argc;
    for (int j = 0; j < 5; j++) recs[i].tag[j] = (char)('a' + j);
  }
  int n = atoi(argv[1]) - 1; /* 9: tag[8] is recs + 48 == sizeof recs */
  long s = 0;
  for (int j = 0; j < n; j++) s += recs[3].tag[j]; // BUG
  printf("%ld %d\n", s, recs[0].id);
  return 0;
}
