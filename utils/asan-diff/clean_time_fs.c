// EXPECT: none
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>
int main(int argc, char **argv) {
  struct timeval tv; gettimeofday(&tv, 0);
  struct timespec ts; clock_gettime(CLOCK_MONOTONIC, &ts);
  time_t t = 1234567890; struct tm tm; localtime_r(&t, &tm); gmtime_r(&t, &tm);
  char when[64]; strftime(when, sizeof when, "%Y-%m-%d %H:%M:%S", &tm);
  char as[26]; asctime_r(&tm, as);
  struct stat st; stat("long.txt", &st); fstat(0, &st);
  char rp[4096]; realpath("long.txt", rp);
  char host[256]; gethostname(host, sizeof host);
  char a[4], b[100];
  struct iovec v[2] = {{a, sizeof a}, {b, sizeof b}};
  int fd = open("long.txt", O_RDONLY);
  ssize_t n = readv(fd, v, 2);
  char pr[16]; ssize_t n2 = pread(fd, pr, sizeof pr, 5);
  struct pollfd pf = {fd, POLLIN, 0}; int pr2 = poll(&pf, 1, 0);
  close(fd);
  printf("%s %.4s %zd %zd %d %d %d\n", when, as, n, n2, pr2, (int)(st.st_mode != 0), rp[0] == '/');
  return 0;
}
