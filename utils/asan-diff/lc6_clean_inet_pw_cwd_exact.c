// EXPECT: none
// inet_ntop of a full IPv6 address into exactly 40 bytes, getpwuid_r/getprotobyname_r with real buffer sizes, getcwd and XSI strerror_r into buffers of exactly the result's length plus one.
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  unsigned char a[16];
  for (int i = 0; i < 16; i++)
    a[i] = 0x11 * (i % 15 + 1);
  char *b6 = malloc(40);
  const char *r6 = inet_ntop(AF_INET6, a, b6, 40);
  char b4[16];
  const char *r4 = inet_ntop(AF_INET, a, b4, sizeof b4);
  struct passwd pw, *pres = 0;
  long sz = sysconf(_SC_GETPW_R_SIZE_MAX);
  if (sz < 0)
    sz = 1024;
  char *pbuf = malloc(sz);
  getpwuid_r(n - 10, &pw, pbuf, sz, &pres);
  struct protoent pe, *eres = 0;
  char *ebuf = malloc(1024);
  getprotobyname_r("tcp", &pe, ebuf, 1024, &eres);
  char big[4096];
  size_t cl = strlen(getcwd(big, sizeof big));
  char *cwd = malloc(cl + 1);
  char *cr = getcwd(cwd, cl + 1);
  char probe[256];
  strerror_r(n - 8, probe, sizeof probe);
  size_t ml = strlen(probe);
  char *msg = malloc(ml + 1);
  int sr = strerror_r(n - 8, msg, ml + 1);
  printf("%s %s %s %d %d %d %d %s\n", r6, r4, pres ? pres->pw_shell : "-", eres ? eres->p_proto : -1,
         cr != 0 && strcmp(cwd, big) == 0, sr, (int)strlen(msg), msg);
  free(msg);
  free(cwd);
  free(ebuf);
  free(pbuf);
  free(b6);
  return 0;
}
