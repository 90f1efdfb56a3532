// EXPECT: none
// Byte searches for characters above 127 passed as int (as getc returns them): memccpy, memchr, memrchr, strchr, strrchr, rawmemchr, strchrnul, strsep, strtok_r, strcspn, wcschr beyond the BMP.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
int main(int argc, char **argv) {
  const char *src = "ab\xe9" "cd\xff" "ef";       /* 0xe9 and 0xff inside */
  size_t len = strlen(src);
  char *h = malloc(len + 1);
  memcpy(h, src, len + 1);
  char d1[3];
  void *r1 = memccpy(d1, h, 0xe9, 1000);          /* stops after 3 bytes: N is only a limit */
  char d2[6];
  void *r2 = memccpy(d2, h, 0xff, sizeof d2);
  char *d3 = malloc(3);
  void *r3 = memccpy(d3, h, (unsigned char)'\xe9', 64);
  void *m1 = memchr(h, 0xff, 1000 > len ? len + 1 : 1000);
  void *m2 = memrchr(h, 0xe9, len);
  char *c1 = strchr(h, 0xe9), *c2 = strrchr(h, 0xff), *c3 = rawmemchr(h, 0xff), *c4 = strchrnul(h, 0xfe);
  char *tmp = strdup(h), *cur = tmp;
  char delim[2] = {(char)0xe9, 0};
  char *t1 = strsep(&cur, delim);
  char *tmp2 = strdup(h), *save;
  char *t2 = strtok_r(tmp2, "\xff", &save);
  size_t sp = strcspn(h, "\xff");
  wchar_t ws[4] = {L'a', (wchar_t)0x1F600, L'b', 0};
  wchar_t *w1 = wcschr(ws, (wchar_t)0x1F600);
  printf("%ld %ld %ld %ld %ld %ld %ld %ld %ld %s %s %zu %ld %d\n", (long)((char *)r1 - d1), (long)((char *)r2 - d2),
         (long)((char *)r3 - d3), (long)((char *)m1 - h), (long)((char *)m2 - h), (long)(c1 - h), (long)(c2 - h), (long)(c3 - h),
         (long)(c4 - h), t1, t2, sp, (long)(w1 - ws), argc);
  free(h); free(d3); free(tmp); free(tmp2);
  return 0;
}
