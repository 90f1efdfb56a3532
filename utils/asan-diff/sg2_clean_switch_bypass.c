// EXPECT: none
// Locals whose declarations a switch or a goto jumps over (their scope is
// entered without passing the declaration), Duff's device, and a loop
// re-entering a block through a backward goto.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static int classify(int n, char *out) {
  switch (n % 4) {
    int tmp[4];
    char name[8];
  case 0:
    tmp[0] = n;
    strcpy(name, "zero");
    strcpy(out, name);
    return tmp[0];
  case 1:
  case 2:
    for (int i = 0; i < 4; i++) tmp[i] = n + i;
    memcpy(name, "onetwo", 7);
    strcpy(out, name);
    return tmp[3];
  default:
    out[0] = 0;
    return -1;
  }
}
__attribute__((noinline)) static void duff(char *to, const char *from, int count) {
  int n = (count + 7) / 8;
  switch (count % 8) {
  case 0: do { *to++ = *from++;
  case 7: *to++ = *from++;
  case 6: *to++ = *from++;
  case 5: *to++ = *from++;
  case 4: *to++ = *from++;
  case 3: *to++ = *from++;
  case 2: *to++ = *from++;
  case 1: *to++ = *from++;
          } while (--n > 0);
  }
}
int main(int argc, char **argv) {
  char out[16], copy[27];
  long s = 0;
  for (int i = 0; i < 8; i++) s += classify(i + atoi(argv[1]), out) + out[0];
  duff(copy, argv[2], 26);
  copy[26] = 0;
  int round = 0;
  int *p = 0;
  goto inside;
  {
    int box[3];
  inside:
    box[0] = round;
    box[2] = argc;
    p = box;
    s += p[0] + p[2];
  }
  if (++round < 3) goto inside;
  printf("%ld %s\n", s, copy);
  return 0;
}
