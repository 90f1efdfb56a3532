// EXPECT: none
// sanitizer_common's lesser-used calls with exact-size outputs: getifaddrs/if_indextoname, ether_ntoa_r, sched_getaffinity, getrandom/getentropy, getgroups, getresuid, getloadavg(2), frexp/modf/sincos/remquo/lgamma_r, confstr, mincore, process_vm_readv, wait4, getitimer, sem_getvalue, get_current_dir_name.
#define _GNU_SOURCE
#include <ifaddrs.h>
#include <math.h>
#include <net/ethernet.h>
#include <net/if.h>
#include <netinet/ether.h>
#include <sched.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>
int main(int argc, char **argv) {
  struct ifaddrs *ifs = 0;
  int gi = getifaddrs(&ifs);
  int nif = 0;
  for (struct ifaddrs *i = ifs; i; i = i->ifa_next) nif += i->ifa_name != 0;
  freeifaddrs(ifs);
  char *ifn = malloc(IF_NAMESIZE);
  char *got = if_indextoname(1, ifn);
  unsigned idx = got ? if_nametoindex(ifn) : 0;
  struct ether_addr ea = {{0x0a, 0x1b, 0x2c, 0x3d, 0x4e, 0x5f}};
  char *mac = malloc(18);                          /* "a:1b:2c:3d:4e:5f": shorter than 17, room for the longest */
  ether_ntoa_r(&ea, mac);
  cpu_set_t *cs = malloc(sizeof(cpu_set_t));
  int sa = sched_getaffinity(0, sizeof(cpu_set_t), cs);
  int ncpu = CPU_COUNT(cs);
  unsigned char *rnd = malloc(13);
  ssize_t gr = getrandom(rnd, 13, 0);
  unsigned char *ent = malloc(7);
  int ge = getentropy(ent, 7);
  int ng = getgroups(0, NULL);
  gid_t *gl = malloc((ng ? ng : 1) * sizeof(gid_t));
  int ng2 = getgroups(ng, gl);
  uid_t *r = malloc(sizeof(uid_t)), *e = malloc(sizeof(uid_t)), *s = malloc(sizeof(uid_t));
  getresuid(r, e, s);
  double *la = malloc(2 * sizeof(double));
  int nl = getloadavg(la, 2);
  int *ex = malloc(sizeof(int));
  double fr = frexp(48.0, ex);
  double *ip = malloc(sizeof(double));
  double fp = modf(3.75, ip);
  double *sn = malloc(sizeof(double)), *cn = malloc(sizeof(double));
  sincos(0.5, sn, cn);
  int *quo = malloc(sizeof(int));
  double rq = remquo(10.0, 3.0, quo);
  int *sg = malloc(sizeof(int));
  double lg = lgamma_r(-2.5, sg);
  size_t need = confstr(_CS_GNU_LIBC_VERSION, NULL, 0);
  char *ver = malloc(need);
  confstr(_CS_GNU_LIBC_VERSION, ver, need);
  char tiny[4];
  confstr(_CS_GNU_LIBC_VERSION, tiny, sizeof tiny);  /* truncated */
  long pg = sysconf(_SC_PAGESIZE);
  char *map = mmap(NULL, 3 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  map[pg] = 1;
  unsigned char *vec = malloc(3);
  int mc = mincore(map, 3 * pg, vec);
  munmap(map, 3 * pg);
  char src[21] = "process_vm_readv-ok";
  char *dst = malloc(20);
  struct iovec lv = {dst, 20}, rv = {src, 20};
  ssize_t pv = process_vm_readv(getpid(), &lv, 1, &rv, 1, 0);
  pid_t pid = fork();
  if (pid == 0) _exit(4);
  int st;
  struct rusage *ru = malloc(sizeof *ru);
  pid_t w = wait4(pid, &st, 0, ru);
  struct itimerval *it = malloc(sizeof *it);
  getitimer(ITIMER_REAL, it);
  sem_t *sem = malloc(sizeof *sem);
  sem_init(sem, 0, 2);
  sem_wait(sem);
  int *sv = malloc(sizeof(int));
  sem_getvalue(sem, sv);
  sem_destroy(sem);
  char *cwd = get_current_dir_name();
  printf("%d %d %d %s %s %d %d %zd %d %d %d %d %d %g %d %g %g %g %g %g %d %g %d %s %.3s %d %d %zd %.7s %d %d %ld %d %d %d\n", gi, nif > 0,
         got != 0, got ? ifn : "-", mac, sa, ncpu > 0, gr, ge, ng == ng2, *r == *e, nl, 0, fr, *ex, fp, *ip, *sn + *cn, rq, 0.0,
         *quo, lg, *sg, ver, tiny, mc, vec[1] & 1, pv, dst, w == pid, WEXITSTATUS(st), (long)it->it_value.tv_sec, *sv,
         cwd != 0, argc + (int)idx * 0);
  free(ifn); free(mac); free(cs); free(rnd); free(ent); free(gl); free(r); free(e); free(s); free(la); free(ex); free(ip);
  free(sn); free(cn); free(quo); free(sg); free(ver); free(vec); free(dst); free(ru); free(it); free(sem); free(sv); free(cwd);
  return 0;
}
