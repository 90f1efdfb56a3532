// EXPECT: none
// A block's variables re-enter scope on every loop iteration (their
// pointers are reset before the block ends), a goto jumps backwards into
// a loop body from after a block, and a switch jumps over declarations
// whose variables are assigned before use in the case that uses them.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static int eat(char *p, size_t n) {
  int s = 0;
  for (size_t i = 0; i < n; i++) s += p[i];
  p[n - 1] = 0;
  return s;
}

__attribute__((noinline)) static int classify(int k, const char *s) {
  int out = 0;
  switch (k % 4) {
    char tmp[8];
    int len;
  case 0:
    memcpy(tmp, s, sizeof tmp);
    out = eat(tmp, sizeof tmp);
    break;
  case 1:
    len = (int)strlen(s);
    out = len;
    break;
  case 2: {
    char other[3] = {s[0], s[1], s[2]};
    out = eat(other, sizeof other);
  } break;
  default:
    out = -1;
  }
  return out;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  long total = 0;
  int *last = NULL;
  for (int i = 0; i < 50; i++) {
    int slot[4] = {i, i + 1, i + 2, i + 3};
    char word[6];
    memcpy(word, argv[2] + i % 20, 5);
    word[5] = '\0';
    last = slot;
    total += last[3] + eat(word, sizeof word);
    last = NULL;
  }
  int round = 0;
again:
  for (int j = 0; j < 3; j++) {
    char scratch[10];
    memset(scratch, 'a' + j, sizeof scratch);
    total += eat(scratch, sizeof scratch);
  }
  if (++round < n) goto again;
  for (int k = 0; k < 12; k++) total += classify(k, argv[2] + k);
  printf("%ld %d %d\n", total, last == NULL, argc);
  return 0;
}
