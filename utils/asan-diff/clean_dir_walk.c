// EXPECT: none
// A small tree made in the working directory walked with opendir/readdir, scandir (filter and sort), ftw and nftw, then removed.
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
static long seen;
static int visit(const char *path, const struct stat *st, int flag) { seen += (long)strlen(path) + (flag == FTW_D); return 0; }
static int visit2(const char *path, const struct stat *st, int flag, struct FTW *ftw) { seen += ftw->level + ftw->base; return 0; }
static int rm(const char *path, const struct stat *st, int flag, struct FTW *ftw) { return remove(path); }
static int only_f(const struct dirent *d) { return d->d_name[0] == 'f'; }
int main(int argc, char **argv) {
  mkdir("tree", 0700);
  mkdir("tree/sub", 0700);
  const char *files[] = {"tree/f1", "tree/f22", "tree/sub/f333", "tree/x"};
  for (int i = 0; i < 4; i++) close(open(files[i], O_CREAT | O_WRONLY, 0600));
  DIR *d = opendir("tree");
  struct dirent *e;
  long names = 0;
  while ((e = readdir(d)) != 0) names += (long)strlen(e->d_name);
  rewinddir(d);
  long first = telldir(d);
  closedir(d);
  struct dirent **list;
  int n = scandir("tree", &list, only_f, alphasort);
  for (int i = 0; i < n; i++) { names += list[i]->d_name[1]; free(list[i]); }
  free(list);
  int n2 = scandir("tree/sub", &list, NULL, versionsort);
  for (int i = 0; i < n2; i++) free(list[i]);
  free(list);
  int fd = open("tree", O_RDONLY | O_DIRECTORY);
  DIR *d2 = fdopendir(fd);
  struct dirent *e2;
  while ((e2 = readdir(d2)) != 0) names++;
  closedir(d2);
  ftw("tree", visit, 4);
  nftw("tree", visit2, 4, FTW_PHYS);
  nftw("tree", rm, 4, FTW_DEPTH | FTW_PHYS);
  printf("%ld %ld %d %d %ld %d\n", names, first, n, n2, seen, access("tree", F_OK));
  return 0;
}
