// EXPECT: none
// Stream and fd I/O whose sizes match the buffers exactly.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
long grec[3];
int main(int argc, char **argv) {
  FILE *z = fopen("/dev/zero", "r");
  size_t a = fread(grec, sizeof(long), 3, z);
  fclose(z);
  FILE *f = fopen("long.txt", "r");
  char line[8];
  char *l = fgets(line, sizeof line, f);
  char *buf = malloc(16);
  size_t cap = 16;
  ssize_t g = getdelim(&buf, &cap, 'x', f);
  ssize_t g2 = getline(&buf, &cap, f);
  fclose(f);
  int *v = calloc(4, sizeof(int));
  FILE *nul = fopen("/dev/null", "w");
  size_t b = fwrite(v, sizeof(int), 4, nul);
  fclose(nul);
  int fd[2];
  pipe(fd);
  char msg[12] = "hello world";
  write(fd[1], msg, sizeof msg);
  char *in = malloc(12);
  ssize_t r = read(fd[0], in, 12);
  close(fd[0]);
  close(fd[1]);
  int sv[2];
  socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
  close(sv[0]);
  close(sv[1]);
  int dz = open("/dev/zero", O_RDONLY);
  char blk[16];
  ssize_t p = pread(dz, blk, sizeof blk, 0);
  close(dz);
  int dn = open("/dev/null", O_WRONLY);
  ssize_t pw = pwrite(dn, msg, sizeof msg, 0);
  close(dn);
  printf("%zu %s %zd %zd %zu %zd %s %zd %zd %ld %d\n", a, l, g, g2, b, r, in, p, pw, grec[2], blk[15]);
  free(in);
  free(v);
  free(buf);
  return 0;
}
