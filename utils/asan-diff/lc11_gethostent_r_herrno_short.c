// EXPECT: stack-buffer-overflow
// Walks /etc/hosts with gethostent_r; the h_errno output is kept in a
// short next to the counters and passed as int *.
#include <netdb.h>
#include <stdio.h>

__attribute__((noinline)) static int count_hosts(void) {
  struct hostent he, *res;
  char buf[1024];
  short herr = 0;
  int n = 0;
  sethostent(0);
  while (gethostent_r(&he, buf, sizeof buf, &res, (int *)&herr) == 0 && res) // BUG
    n++;
  endhostent();
  return n + herr;
}

int main(int argc, char **argv) {
  printf("%d %d\n", count_hosts() > 0, argc);
  return 0;
}
