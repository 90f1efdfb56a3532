// EXPECT: none
// frexpl/remquof/modfl/sincosl storing through pointers of their own types (heap, stack, global); statvfs/wait4/ether_aton_r into full-size structs.
#define _GNU_SOURCE
#include <math.h>
#include <netinet/ether.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <unistd.h>
int q;
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  int e;
  long double m = frexpl(n * 3.5L, &e);
  float r = remquof(n * 7.0f, 3.0f, &q);
  long double *ip = malloc(sizeof *ip);
  long double f = modfl(n + 0.25L, ip);
  long double *s = malloc(sizeof *s), c;
  sincosl(n / 4.0L, s, &c);
  struct statvfs *vf = malloc(sizeof *vf);
  int vr = statvfs(".", vf);
  pid_t pid = fork();
  if (pid == 0)
    _exit(n);
  struct rusage *ru = malloc(sizeof *ru);
  int st = 0;
  pid_t w = wait4(pid, &st, 0, ru);
  char es[32];
  snprintf(es, sizeof es, "%s:22:33:44:55:66", argv[1]);
  struct ether_addr ea;
  struct ether_addr *er = ether_aton_r(es, &ea);
  printf("%Lf %d %f %d %Lf %Lf %.3Lf %.3Lf %d %d %d %d %d\n", m, e, r, q, f, *ip, *s, c, vr, w == pid,
         WEXITSTATUS(st), er != 0, ea.ether_addr_octet[0]);
  free(ru);
  free(vf);
  free(s);
  free(ip);
  return 0;
}
