// EXPECT: none
// Calls whose size argument exceeds the buffer but which touch only valid bytes: ASan stays quiet.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
int main(int argc, char **argv) {
  char s[4] = "ab";
  char *h = malloc(3);
  strcpy(h, "xy");
  int a = strncmp(s, "zz", 100);
  int b = strncmp(h, "xq", 1000);
  size_t c = strnlen(h, 1 << 20);
  char *d = strndup(s, 1000);
  void *e = memchr(s, 'b', 64);
  char pr[64];
  snprintf(pr, sizeof pr, "%.100s|%.50s", s, h);
  char out[8];
  int w = snprintf(out, 4096, "%d", argc);
  int fd = open("/dev/null", O_RDONLY);
  char rb[4];
  ssize_t r = read(fd, rb, 4096);
  close(fd);
  FILE *f = fopen("/dev/null", "r");
  size_t fr = fread(rb, 1, 4096, f);
  fclose(f);
  int sv[2];
  socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
  send(sv[0], "hi", 2, 0);
  ssize_t rv = recv(sv[1], rb, 4096, 0);
  close(sv[0]);
  close(sv[1]);
  char *freed = malloc(8);
  free(freed);
  memset(freed, 0, 0);
  memcpy(s, freed, 0);
  char dst[8];
  strncpy(dst, "abc", sizeof dst);
  void *m = memmem(s, 2, "b", 1);
  char cc[8];
  void *q = memccpy(cc, "hey", 0, 4096);
  printf("%d %d %zu %s %p %s %d %zd %zu %zd %s %d %d\n", a, b, c, d, e != 0 ? (void *)1 : 0, pr, w, r, fr, rv, dst, m != 0, q != 0);
  free(d);
  free(h);
  return 0;
}
