// EXPECT: none
// CPU sets and time calls: CPU_COUNT on sched_getaffinity's set (stack and
// heap), CPU_ALLOC/CPU_COUNT_S for a 200-CPU set; adjtimex and ntp_gettime
// reading the clock state, adjtime(NULL, &old) (refused without privilege),
// timelocal and timegm on a heap struct tm, getcpu with one and both
// pointers, arc4random_buf into stack and heap buffers, pathconf on the
// cwd and a file. Only the calls' consistency is printed.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <sys/timex.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  int ok = 0;
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) == 0)
    ok += CPU_COUNT(&set) >= 1;
  cpu_set_t *hs = malloc(sizeof *hs);
  memcpy(hs, &set, sizeof set);
  ok += CPU_COUNT(hs) == CPU_COUNT(&set);
  free(hs);
  size_t big = CPU_ALLOC_SIZE(200);
  cpu_set_t *dyn = CPU_ALLOC(200);
  CPU_ZERO_S(big, dyn);
  for (int i = 0; i < 200; i += n)
    CPU_SET_S((size_t)i, big, dyn);
  ok += CPU_COUNT_S(big, dyn) == (199 / n + 1);
  CPU_FREE(dyn);

  struct timex tx;
  memset(&tx, 0, sizeof tx); // modes 0: read only
  ok += adjtimex(&tx) >= 0 || 1;
  struct ntptimeval ntv;
  ok += ntp_gettime(&ntv) >= 0 || 1;
  struct timeval old;
  ok += adjtime(NULL, &old) == 0 || 1;

  struct tm *tm = calloc(1, sizeof *tm);
  tm->tm_year = 100 + n;
  tm->tm_mon = 13; // normalised into the next year
  tm->tm_mday = 40;
  tm->tm_hour = 12;
  tm->tm_isdst = -1;
  time_t t = timelocal(tm);
  ok += t != (time_t)-1 && tm->tm_mon < 12;
  struct tm copy = *tm;
  ok += timegm(&copy) != (time_t)-1;
  free(tm);

  unsigned cpu, node;
  ok += getcpu(&cpu, &node) == 0 || 1;
  ok += getcpu(&cpu, NULL) == 0 || 1;

  unsigned char small[7];
  unsigned char *large = malloc((size_t)n * 100);
  arc4random_buf(small, sizeof small);
  arc4random_buf(large, (size_t)n * 100);
  unsigned long nonzero = 0;
  for (int i = 0; i < n * 100; ++i)
    nonzero += large[i] != 0;
  ok += nonzero > (unsigned long)n * 50;
  free(large);

  int fd = open("pc.txt", O_CREAT | O_WRONLY, 0644);
  close(fd);
  char *path = strdup("pc.txt");
  ok += pathconf(path, _PC_NAME_MAX) > 0;
  ok += pathconf(".", _PC_PATH_MAX) > 0;
  free(path);
  printf("ok %d of 13\n", ok);
  return 0;
}
