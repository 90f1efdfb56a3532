// EXPECT: none
// System-information calls into buffers sized exactly to the result.
#include <arpa/inet.h>
#include <grp.h>
#include <inttypes.h>
#include <locale.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
unsigned char a6[16];
int main(int argc, char **argv) {
  char big[4096];
  getcwd(big, sizeof big);
  size_t cl = strlen(big) + 1;
  char *cwd = malloc(cl);
  char *cr = getcwd(cwd, cl);
  char *host = malloc(256);
  gethostname(host, 256);
  unsigned char a4[4];
  inet_pton(AF_INET, "10.1.2.3", a4);
  inet_pton(AF_INET6, "fe80::1", a6);
  char s4[INET_ADDRSTRLEN];
  inet_ntop(AF_INET, a4, s4, sizeof s4);
  char s6[8];
  const char *n6 = inet_ntop(AF_INET6, a6, s6, sizeof s6);
  struct passwd pw, *pres = 0;
  char pbuf[1024];
  getpwnam_r("root", &pw, pbuf, sizeof pbuf, &pres);
  struct group *gr = malloc(sizeof *gr), *gres = 0;
  char *gbuf = malloc(1024);
  getgrnam_r("root", gr, gbuf, 1024, &gres);
  struct stat *st = malloc(sizeof *st);
  fstat(1, st);
  char digits[4];
  memset(digits, argv[1][0], 3);
  digits[3] = 0;
  intmax_t iv = strtoimax(digits, 0, 10);
  char *loc = strdup("C");
  char *lr = setlocale(LC_ALL, loc);
  free(loc);
  printf("%d %s %s %d %d %d %jd %d\n", cr != 0, s4, n6 ? n6 : "(null)", pres != 0, gres != 0, st->st_mode != 0, iv, lr != 0);
  free(st);
  free(gbuf);
  free(gr);
  free(host);
  free(cwd);
  return 0;
}
