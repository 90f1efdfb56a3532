// EXPECT: none
// glibc calls that fill caller buffers, each given exactly what it needs:
// strfromd sized by a first call, ecvt_r/fcvt_r with their true lengths,
// gcvt into enough room, arc4random_buf over a whole array, getcpu into
// two unsigneds, gethostname/getdomainname with HOST_NAME_MAX + 1,
// dladdr into a Dl_info, fgetpos/fsetpos with an fpos_t, the _unlocked
// stdio calls, swab over an even count, basename/dirname on copies.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <libgen.h>
#include <limits.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
  double v = atoi(argv[1]) * 3.25;
  int need = strfromd(NULL, 0, "%.3f", v);
  char *num = malloc((size_t)need + 1);
  strfromd(num, (size_t)need + 1, "%.3f", v);
  char ebuf[32], fbuf[32], gbuf[32];
  int dec, sign;
  ecvt_r(v, 6, &dec, &sign, ebuf, sizeof ebuf);
  fcvt_r(v, 2, &dec, &sign, fbuf, sizeof fbuf);
  gcvt(v, 8, gbuf);
  unsigned char key[16];
  arc4random_buf(key, sizeof key);
  unsigned cpu = 0, node = 0;
  getcpu(&cpu, &node);
  char host[HOST_NAME_MAX + 1], domain[HOST_NAME_MAX + 1];
  gethostname(host, sizeof host);
  getdomainname(domain, sizeof domain);
  Dl_info info;
  int dl = dladdr((void *)&main, &info);

  FILE *f = fopen("long.txt", "r");
  fpos_t pos;
  fgetpos(f, &pos);
  char head[8];
  size_t got = fread_unlocked(head, 1, sizeof head, f);
  fsetpos(f, &pos);
  char line[80];
  char *l = fgets_unlocked(line, sizeof line, f);
  fclose(f);
  FILE *o = fopen("unlocked.out", "w");
  fputs_unlocked(line, o);
  fwrite_unlocked(head, 1, got, o);
  fclose(o);

  char pairs[6] = {'b', 'a', 'd', 'c', 'f', 'e'};
  char swapped[6];
  swab(pairs, swapped, sizeof pairs);
  char *p1 = strdup("/usr/lib/x.so"), *p2 = strdup("/usr/lib/x.so");
  const char *base = basename(p1);
  const char *dir = dirname(p2);
  printf("%s %s %s %s %d %d %zu %d %.6s %s %s\n", num, ebuf, fbuf, gbuf,
         dl != 0, l != NULL, got, host[0] != 0, swapped, base, dir);
  free(p2);
  free(p1);
  free(num);
  return 0;
}
