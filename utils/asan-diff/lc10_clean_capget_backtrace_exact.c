// EXPECT: none
// capget with the version 3 header and its two data structs; backtrace
// into an array whose element count (not byte size) is passed, then
// backtrace_symbols and backtrace_symbols_fd over the frames it returned;
// tmpnam_r into L_tmpnam bytes; sincos into two separate doubles;
// ether_line with a host buffer as large as the line; rand_r on a live seed.
#define _GNU_SOURCE
#include <execinfo.h>
#include <fcntl.h>
#include <linux/capability.h>
#include <math.h>
#include <netinet/ether.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
int capget(cap_user_header_t hdrp, cap_user_data_t datap);

__attribute__((noinline)) static int frames(int depth) {
  if (depth > 0)
    return frames(depth - 1) + 0 * depth;
  void *pcs[8];
  int n = backtrace(pcs, sizeof pcs / sizeof pcs[0]);
  char **syms = backtrace_symbols(pcs, n);
  int named = syms && syms[0] != NULL;
  free(syms);
  int devnull = open("/dev/null", O_WRONLY);
  backtrace_symbols_fd(pcs, n, devnull);
  close(devnull);
  return n * 10 + named;
}

int main(int argc, char **argv) {
  struct __user_cap_header_struct hdr = {_LINUX_CAPABILITY_VERSION_3, 0};
  struct __user_cap_data_struct *data = malloc(_LINUX_CAPABILITY_U32S_3 * sizeof *data);
  int cr = capget(&hdr, data);
  int fr = frames(atoi(argv[1]));
  char name[L_tmpnam];
  char *tn = tmpnam_r(name);
  double s, c;
  sincos(0.5 * atoi(argv[1]), &s, &c);
  const char *line = "02:42:ac:11:00:02 build-server-rack-42\n";
  char *host = malloc(strlen(line) + 1);
  struct ether_addr ea;
  int el = ether_line(line, &ea, host);
  unsigned seed = (unsigned)atoi(argv[1]);
  int rnd = rand_r(&seed);
  printf("%d %d %d %d %d %s %d\n", cr, fr > 0, tn != NULL,
         fabs(s * s + c * c - 1.0) < 1e-9, el, el == 0 ? host : "-", rnd >= 0);
  free(host);
  free(data);
  return 0;
}
