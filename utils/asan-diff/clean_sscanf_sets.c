// EXPECT: none
// sscanf %[..] and %[^..] with exact widths, %Nc into unterminated exact arrays, %n at every position, %5s into char[6], %m, %lc/%ls, suppressed conversions.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
int main(int argc, char **argv) {
  char set[4], neg[6], cs[3], w5[6], one;
  int n0 = -1, n1 = -1, n2 = -1, n3 = -1;
  int r1 = sscanf("%abcdxyz:rest  QRS hello-world", "%n%%%3[a-d]%n%*[^:]:%5[^ ]%n %3c%n %5s", &n0, set, &n1, neg, &n2, cs, &n3, w5);
  char *hc = malloc(2);                        /* %2c fills both bytes, no terminator */
  int r2 = sscanf("zz", "%2c", hc);
  char *hs = malloc(4);                        /* %3s: 3 characters and the terminator */
  int r3 = sscanf(argv[2], "%3s", hs);
  char *m = 0, *m2 = 0;
  int r4 = sscanf("dynamic words", "%ms %m[a-z]", &m, &m2);
  wchar_t wc[2], ws[4];
  int r5 = sscanf("x abc", "%lc %3ls", wc, ws);
  int i; unsigned u; long l; double d; float f; char c;
  int r6 = sscanf("-12 0x1f 077 1e3 2.5 !", "%d %x %lo %lf %f %c", &i, &u, &l, &d, &f, &c);
  int r7 = sscanf("", "%d", &i);               /* EOF */
  int r8 = sscanf("abc", "%d", &i);            /* no match: 0, nothing stored */
  int r9 = sscanf("12:34", "%*d:%d%n", &i, &n0);
  char *hbuf = malloc(5);
  memcpy(hbuf, "9 8", 4);                      /* the string ends one byte before the block */
  int a, b;
  int r10 = sscanf(hbuf, "%d %d", &a, &b);
  int r11 = sscanf("[]", "%c%n", &one, &n1);  /* %c: one char, no terminator */
  char onebuf[2];
  int r12 = sscanf("]x", "%1[]]", onebuf);
  printf("%d %d %d %d %d %.3s %s %.3s %s %d %.2s %d %s %d %s %s %d %lc %ls %d %d %u %ld %g %g %c %d %d %d %d %d %d %d %s\n", r1, n0,
         n1, n2, n3, set, neg, cs, w5, r2, hc, r3, hs, r4, m, m2, r5, (wint_t)wc[0], ws, r6, i, u, l, d, f, c, r7, r8, r9, r10,
         a + b, r11, r12, onebuf);
  free(hc); free(hs); free(m); free(m2); free(hbuf);
  return 0;
}
