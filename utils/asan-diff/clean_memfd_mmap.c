// EXPECT: none
// memfd_create + ftruncate + mmap, a file mapped read-only and read to its last byte, mremap growth, mprotect, msync, munmap of part of a mapping, then libc calls on mapped memory.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
int main(int argc, char **argv) {
  long pg = sysconf(_SC_PAGESIZE);
  int mfd = memfd_create("memscope-test", MFD_CLOEXEC);
  ftruncate(mfd, 2 * pg);
  char *m = mmap(NULL, 2 * pg, PROT_READ | PROT_WRITE, MAP_SHARED, mfd, 0);
  strcpy(m, argv[2]);
  memset(m + pg, 'z', pg);
  m[2 * pg - 1] = 0;
  size_t zl = strlen(m + pg);                   /* the string ends at the mapping's last byte */
  msync(m, 2 * pg, MS_SYNC);
  char back[32];
  pread(mfd, back, sizeof back, 0);
  munmap(m + pg, pg);                           /* drop the second page only */
  size_t al = strlen(m);
  munmap(m, pg);
  int fd = open("long.txt", O_RDONLY);
  struct stat st;
  fstat(fd, &st);
  char *f = mmap(NULL, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
  char *nl = memchr(f, '\n', st.st_size);
  char *last = memrchr(f, 's', st.st_size);
  size_t lines = 0;
  for (off_t i = 0; i < st.st_size; i++) lines += f[i] == '\n';
  munmap(f, st.st_size);
  close(fd);
  char *anon = mmap(NULL, pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  memset(anon, 1, pg);
  char *grown = mremap(anon, pg, 3 * pg, MREMAP_MAYMOVE);
  memset(grown + pg, 2, 2 * pg);
  mprotect(grown, pg, PROT_READ);
  long sum = 0;
  for (long i = 0; i < 3 * pg; i += 512) sum += grown[i];
  munmap(grown, 3 * pg);
  char *again = mmap(NULL, 4 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  snprintf(again + 4 * pg - 6, 6, "%s", "tail!");
  size_t tl = strlen(again + 4 * pg - 6);
  munmap(again, 4 * pg);
  close(mfd);
  printf("%zu %.5s %zu %ld %ld %zu %ld %zu %d\n", zl, back, al, (long)(nl - f), (long)(last - f), lines, sum, tl, argc);
  return 0;
}
