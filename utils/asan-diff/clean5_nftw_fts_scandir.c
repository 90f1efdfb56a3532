// EXPECT: none
// Directory trees created in the cwd (depth and width from argv): ftw and
// nftw counting entries (the root path in a heap string), fts_open with a
// heap path vector and a comparison function, fts_read/fts_children,
// scandir with versionsort and alphasort, and nftw(FTW_DEPTH|FTW_PHYS)
// removing the tree.
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <fts.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static unsigned long files, dirs, depth_sum;

static int count_ftw(const char *path, const struct stat *st, int flag) {
  (void)st;
  if (flag == FTW_F)
    ++files;
  else if (flag == FTW_D)
    ++dirs;
  depth_sum += strlen(path) % 7;
  return 0;
}

static int count_nftw(const char *path, const struct stat *st, int flag, struct FTW *f) {
  (void)st;
  depth_sum += (unsigned long)f->level + (flag == FTW_F) + strlen(path + f->base);
  return 0;
}

static int remove_one(const char *path, const struct stat *st, int flag, struct FTW *f) {
  (void)st;
  (void)f;
  return flag == FTW_DP ? rmdir(path) : unlink(path);
}

static int by_name(const FTSENT **a, const FTSENT **b) {
  return strcmp((*a)->fts_name, (*b)->fts_name);
}

static void make_tree(const char *base, int depth, int width) {
  mkdir(base, 0755);
  char path[512];
  for (int i = 0; i < width; ++i) {
    snprintf(path, sizeof path, "%s/file%d.v%d", base, i, 10 - i);
    close(open(path, O_CREAT | O_WRONLY, 0644));
  }
  if (depth > 0)
    for (int i = 0; i < 2; ++i) {
      snprintf(path, sizeof path, "%s/sub%d", base, i);
      make_tree(path, depth - 1, width);
    }
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  char *root = strdup("tree");
  make_tree(root, 3, n / 2);
  ftw(root, count_ftw, 4);
  nftw(root, count_nftw, 8, FTW_PHYS);
  char **paths = malloc(sizeof *paths * 3);
  paths[0] = strdup("tree/sub0");
  paths[1] = strdup("tree/sub1");
  paths[2] = NULL;
  FTS *fts = fts_open(paths, FTS_PHYSICAL | FTS_NOCHDIR, by_name);
  unsigned long fts_seen = 0;
  FTSENT *e;
  while (fts && (e = fts_read(fts)) != NULL) {
    if (e->fts_info == FTS_D && e->fts_level == 0)
      for (FTSENT *c = fts_children(fts, 0); c; c = c->fts_link)
        fts_seen += c->fts_namelen;
    fts_seen += e->fts_info == FTS_F;
  }
  if (fts)
    fts_close(fts);
  free(paths[0]);
  free(paths[1]);
  free(paths);
  struct dirent **list;
  int k = scandir(root, &list, NULL, versionsort);
  unsigned long order = 0;
  for (int i = 0; i < k; ++i) {
    order = order * 31 + (unsigned char)list[i]->d_name[strlen(list[i]->d_name) - 1];
    free(list[i]);
  }
  free(list);
  k = scandir("tree/sub1", &list, NULL, alphasort);
  for (int i = 0; i < k; ++i) {
    order += strlen(list[i]->d_name);
    free(list[i]);
  }
  free(list);
  int removed = nftw(root, remove_one, 8, FTW_DEPTH | FTW_PHYS) == 0;
  printf("files %lu dirs %lu depth %lu fts %lu order %lu removed %d gone %d\n",
         files, dirs, depth_sum, fts_seen, order, removed, access(root, F_OK) != 0);
  free(root);
  return 0;
}
