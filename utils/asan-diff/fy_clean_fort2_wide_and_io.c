// EXPECT: none
// FLAGS: -D_FORTIFY_SOURCE=2
// Correct use of the fortified wide-character and I/O calls with sizes
// known only at run time: with clang, glibc 2.36's headers keep the
// checking entry points __fread_chk and __wmemcpy_chk here and turn the
// rest (wmemset, mbstowcs, wcstombs, fgets, read, pread, getcwd,
// realpath, confstr, readlink, recv, gethostname) into plain calls with
// compile-time checks. Every size fits its local array exactly or with
// room to spare.
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <wchar.h>

int main(int argc, char **argv) {
  size_t k = (size_t)atoi(argv[1]);           /* 10 */
  wchar_t w[27], w3[8];
  size_t n = mbstowcs(w, argv[2], k + 17);    /* 27 */
  wmemcpy(w3, w + 3, k - 3);                  /* 7 */
  w3[k - 3] = 0;
  wchar_t fill[12];
  wmemset(fill, L'x', k + 2);
  char back[30];
  size_t nb = wcstombs(back, w, k + 20);
  char line[20];
  FILE *f = fopen("long.txt", "r");
  size_t lines = 0;
  while (fgets(line, (int)k + 10, f)) lines++;
  rewind(f);
  char blk[10];
  size_t got = fread(blk, 1, k, f);
  fclose(f);
  int fd = open("long.txt", O_RDONLY);
  char rb[7], pb[7];
  ssize_t r = read(fd, rb, k - 3);
  ssize_t pr = pread(fd, pb, k - 3, 2);
  close(fd);
  char cwd[PATH_MAX], rp[PATH_MAX];
  if (!getcwd(cwd, k * 400) || !realpath("long.txt", rp)) return 1;
  char cs[64];
  size_t need = confstr(_CS_PATH, cs, k * 6);
  char self[PATH_MAX];
  ssize_t sl = readlink("/proc/self/exe", self, k * 400);
  self[sl > 0 ? sl : 0] = 0;
  char host[65];
  gethostname(host, k * 6 + 4);
  int sv[2];
  char rx[16];
  ssize_t rn = -1;
  if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0) {
    if (write(sv[0], argv[2], 16) == 16) rn = recv(sv[1], rx, k + 6, 0);
    close(sv[0]);
    close(sv[1]);
  }
  printf("%zu %ls %zu %zu %zu %zd %zd %d %zu %d %zd %c%c\n", n, w3, nb, lines,
         got, r, pr, strncmp(rp, cwd, strlen(cwd)) == 0, need,
         strlen(self) > 0, rn, (char)fill[k + 1], back[25]);
  return 0;
}
