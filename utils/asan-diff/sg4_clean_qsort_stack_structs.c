// EXPECT: none
// qsort and bsearch over stack arrays of odd-sized structs (7, 13 and 1
// byte elements), with a comparator that reads whole elements.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct S7 { char k[7]; };
struct S13 { short id; char name[11]; };
static int c7(const void *a, const void *b) { return memcmp(a, b, sizeof(struct S7)); }
static int c13(const void *a, const void *b) {
  const struct S13 *x = a, *y = b;
  int d = x->id - y->id;
  return d ? d : memcmp(x->name, y->name, sizeof x->name);
}
static int c1(const void *a, const void *b) { return *(const char *)a - *(const char *)b; }
int main(int argc, char **argv) {
  const char *alpha = argv[2];
  int n = atoi(argv[1]);
  struct S7 a7[37];
  struct S13 a13[29];
  char a1[26];
  for (int i = 0; i < 37; i++) for (int j = 0; j < 7; j++) a7[i].k[j] = alpha[(i * 7 + j * n) % 26];
  for (int i = 0; i < 29; i++) { a13[i].id = (short)((i * 17) % 29); memset(a13[i].name, alpha[i % 26], 11); }
  memcpy(a1, alpha, 26);
  unsigned long h = 0;
  for (int r = 0; r < 20; r++) {
    qsort(a7, 37, sizeof a7[0], c7);
    qsort(a13, 29, sizeof a13[0], c13);
    qsort(a1, 26, 1, c1);
    struct S7 key7 = a7[r % 37];
    struct S13 key13 = a13[28 - r % 29];
    char key1 = alpha[25 - r];
    h += (bsearch(&key7, a7, 37, sizeof a7[0], c7) != 0) + (bsearch(&key13, a13, 29, sizeof a13[0], c13) != 0) +
         (bsearch(&key1, a1, 26, 1, c1) != 0);
    a7[36].k[6] = alpha[r % 26];
    a1[r] ^= 1;
  }
  printf("%lu %d\n", h, argc);
  return 0;
}
