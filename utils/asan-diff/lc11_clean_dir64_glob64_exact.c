// EXPECT: none
// Iterates a directory with readdir64 and readdir64_r (with a full
// struct dirent64), sorts it with scandir64 and expands a pattern with
// glob64; everything is freed the documented way.
// FLAGS: -Wno-deprecated-declarations
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int only_txt(const struct dirent64 *d) { return strstr(d->d_name, ".txt") != NULL; }

int main(int argc, char **argv) {
  mkdir("dd", 0755);
  const char *names[] = {"dd/one.txt", "dd/two.txt", "dd/a-much-longer-name-for-three.txt",
                         "dd/skip.bin"};
  for (int i = 0; i < 4; i++)
    close(open(names[i], O_CREAT | O_WRONLY, 0644));
  DIR *d = opendir("dd");
  int plain = 0;
  for (struct dirent64 *e; (e = readdir64(d));)
    plain += e->d_name[0] != '.';
  rewinddir(d);
  struct dirent64 *entry = malloc(sizeof *entry), *res;
  int reentrant = 0;
  while (readdir64_r(d, entry, &res) == 0 && res)
    reentrant += entry->d_name[0] != '.';
  closedir(d);
  free(entry);
  struct dirent64 **list;
  int n = scandir64("dd", &list, only_txt, alphasort64);
  for (int i = 0; i < n; i++)
    free(list[i]);
  free(list);
  glob64_t g;
  int rc = glob64("dd/*.txt", 0, NULL, &g);
  size_t gn = rc == 0 ? g.gl_pathc : 0;
  if (rc == 0)
    globfree64(&g);
  printf("%d %d %d %zu %d\n", plain, reentrant, n, gn, argc);
  return 0;
}
