// EXPECT: none
// Directory and pattern calls with their results used while they live:
// scandir with a filter and versionsort, every entry freed after use;
// glob with GLOB_MARK (ASan's glob crashes on GLOB_DOOFFS's null slots);
// wordexp with WRDE_DOOFFS reserving a leading null slot; fnmatch; realpath(NULL) and canonicalize_file_name results
// used, then freed; nftw over the working directory.
#define _GNU_SOURCE
#include <dirent.h>
#include <fnmatch.h>
#include <ftw.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wordexp.h>

static int not_dot(const struct dirent *d) { return d->d_name[0] != '.'; }

static long nftw_bytes;
static int visit(const char *path, const struct stat *st, int type,
                 struct FTW *ftw) {
  (void)path;
  (void)type;
  (void)ftw;
  nftw_bytes += st->st_size;
  return 0;
}

int main(int argc, char **argv) {
  struct dirent **list;
  int n = scandir(".", &list, not_dot, versionsort);
  size_t names = 0;
  for (int i = 0; i < n; i++) {
    names += strlen(list[i]->d_name);
    free(list[i]);
  }
  if (n >= 0)
    free(list);

  glob_t g;
  memset(&g, 0, sizeof g);
  int gr = glob("*.txt", GLOB_MARK, NULL, &g);
  const char *first = gr == 0 ? g.gl_pathv[0] : "";
  int fm = fnmatch("*.txt", first, 0);
  char *abs = gr == 0 ? realpath(first, NULL) : NULL;
  char *canon = gr == 0 ? canonicalize_file_name(first) : NULL;
  int same = abs && canon && strcmp(abs, canon) == 0;
  free(canon);
  free(abs);
  globfree(&g);

  wordexp_t we;
  we.we_offs = 1;
  char cmd[64];
  snprintf(cmd, sizeof cmd, "run --level %s 'two words'", argv[1]);
  size_t words = 0;
  if (wordexp(cmd, &we, WRDE_DOOFFS | WRDE_NOCMD) == 0) {
    words = we.we_wordc;
    wordfree(&we);
  }
  nftw(".", visit, 4, FTW_PHYS);
  printf("%d %zu %d %d %d %zu %d\n", n, names, gr, fm, same, words,
         nftw_bytes > 0);
  return 0;
}
