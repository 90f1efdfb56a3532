// EXPECT: heap-use-after-free
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/prctl.h>
int main(int argc, char **argv) {
  static struct sock_filter allow[1] = {BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW)};
  char *block = malloc(64);
  struct sock_fprog *pp = (struct sock_fprog *)(block + 32);
  pp->len = (unsigned short)(atoi(argv[1]) - 9);
  pp->filter = allow;
  __asm__ volatile("" : : "r"(block) : "memory");
  free(block);
  prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
  int r = prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, (unsigned long)pp, 0, 0); // BUG
  printf("%d\n", r);
  return 0;
}
