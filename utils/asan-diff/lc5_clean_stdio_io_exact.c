// EXPECT: none
// fgets, fread, fwrite, getline, read, write and pread with counts that fit their buffers exactly.
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
int main(int argc, char **argv) {
  FILE *f = fopen("long.txt", "r");
  if (!f)
    return 1;
  char small[16];
  char *g = fgets(small, sizeof small, f);
  char *line = NULL;
  size_t cap = 0;
  ssize_t ln = getline(&line, &cap, f);
  size_t scap = 8; /* "second\n" and its terminator, exactly */
  char *p = malloc(scap);
  ssize_t ln2 = getline(&p, &scap, f);
  fclose(f);
  size_t n = atoi(argv[1]);
  int *a = malloc(n * sizeof *a);
  FILE *z = fopen("/dev/zero", "rb");
  size_t got = fread(a, sizeof *a, n, z);
  fclose(z);
  FILE *nul = fopen("/dev/null", "wb");
  size_t w = fwrite(a, sizeof *a, n, nul);
  fclose(nul);
  int fd = open("long.txt", O_RDONLY);
  char buf[48];
  size_t used = 0;
  ssize_t r;
  while (used < sizeof buf && (r = read(fd, buf + used, sizeof buf - used)) > 0)
    used += r;
  char tail[8];
  ssize_t pr = pread(fd, tail, sizeof tail, 58);
  close(fd);
  int out = open("/dev/null", O_WRONLY);
  ssize_t ww = write(out, buf, used);
  close(out);
  printf("%d %zd %zd %zu %zu %zu %zd %zd %s", g != 0, ln, ln2, got, w, used, pr, ww, line);
  free(p);
  free(line);
  free(a);
  return 0;
}
