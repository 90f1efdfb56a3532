// EXPECT: stack-buffer-overflow
// A double's bytes are dumped through an unsigned char pointer with a
// byte count one too big.
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  double d = atof(argv[1]) / argc;
  const unsigned char *p = (const unsigned char *)&d;
  int n = atoi(argv[1]) - 1; /* 9 */
  unsigned h = 0;
  for (int i = 0; i < n; i++) h = h * 31 + p[i]; // BUG
  printf("%u\n", h);
  return 0;
}
