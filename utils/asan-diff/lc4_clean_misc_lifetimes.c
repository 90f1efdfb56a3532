// EXPECT: none
// getserv*_r with honest lengths, prctl out-params of the right size, strto* at a
// terminator on a buffer's last byte, and libc writing into locals still in scope.
#include <fcntl.h>
#include <netdb.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
static void on_usr1(int s) { (void)s; }
static char saved[64];
static const char *make_key(const char *s) {
  strncpy(saved, s, sizeof saved - 1);
  return saved;
}
char digits[7] = {'1', '2', '3', '4', '5', '6', 0};
int main(int argc, char **argv) {
  struct servent se, *res = 0;
  char *buf = malloc(1024);
  int g1 = getservbyname_r("http", "tcp", &se, buf, 1024, &res);
  int port = res ? ntohs(res->s_port) : -1;
  char sbuf[1024];
  int g2 = getservbyport_r(htons(22), "tcp", &se, sbuf, sizeof sbuf, &res);
  int sig;
  int p1 = prctl(PR_GET_PDEATHSIG, (unsigned long)&sig, 0, 0, 0);
  prctl(PR_SET_NAME, (unsigned long)"long-process-nm", 0, 0, 0);
  char *name = malloc(16);
  int p2 = prctl(PR_GET_NAME, (unsigned long)name, 0, 0, 0);
  char *sp = malloc(5);
  memcpy(sp, "   -", 5);
  char *end;
  long t1 = strtol(sp, &end, 10);
  long long t2 = atoll(digits);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_usr1;
  int s1 = sigaction(SIGUSR1, &sa, 0);
  char path[9] = "long.txt";
  struct stat st;
  int s2 = stat(path, &st);
  int total = 0;
  for (int i = 0; i < 2; i++) {
    char chunk[32];
    int fd = open("long.txt", O_RDONLY);
    ssize_t n = read(fd, chunk, sizeof chunk);
    close(fd);
    int val[4];
    sscanf(argv[1], "%d", &val[3]);
    time_t t = 86400 * val[3];
    struct tm tm;
    gmtime_r(&t, &tm);
    char when[11];
    size_t w = strftime(when, sizeof when, "%Y-%m-%d", &tm);
    total += (int)n + (int)w + val[3];
  }
  const char *k = make_key(argv[2]);
  int c = memcmp(k, argv[2], atoi(argv[1]));
  printf("%d %d %d %d %d %d %s %ld %d %lld %d %d %d %d\n", g1, port, g2, p1, sig, p2, name, t1,
         (int)(end - sp), t2, s1, s2, total, c);
  free(sp);
  free(name);
  free(buf);
  return 0;
}
