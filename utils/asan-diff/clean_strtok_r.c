// EXPECT: none
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char csv[] = "a=1;b=22;c=333;dd=4";
  char *save1, *save2;
  long sum = 0;
  for (char *kv = strtok_r(csv, ";", &save1); kv; kv = strtok_r(0, ";", &save1)) {
    char *k = strtok_r(kv, "=", &save2);
    char *v = strtok_r(0, "=", &save2);
    sum += strlen(k) * atol(v);
  }
  char *dup = strdup("x,y,,z");
  char *p = dup, *t;
  int cnt = 0;
  while ((t = strsep(&p, ",")) != 0) cnt += (int)strlen(t) + 1;
  free(dup);
  char buf[32];
  strncpy(buf, argv[2], sizeof buf - 1);
  buf[sizeof buf - 1] = 0;
  printf("%ld %d %zu %s %s %zu\n", sum, cnt, strspn(buf, "ABCDEF"), strpbrk(buf, "XY"), strrchr(buf, 'M'), strcspn(buf, "Q"));
  return 0;
}
