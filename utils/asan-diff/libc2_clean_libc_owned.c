// EXPECT: none
// Memory the C library allocates or owns: used while alive, freed once, in the right way.
#define _GNU_SOURCE
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
int main(int argc, char **argv) {
  char *rp = realpath(argc > 1 ? "." : "/", 0);
  size_t rl = strlen(rp);
  free(rp);
  DIR *d = opendir("/");
  struct dirent *e = readdir(d);
  size_t dl = strlen(e->d_name);
  closedir(d);
  time_t t = atoi(argv[1]);
  struct tm *tm = localtime(&t);
  char *as = asctime(tm);
  size_t al = strlen(as);
  char *s = strdup(argv[2]);
  char *t1 = strtok(s, "M");
  char *t2 = strtok(0, "T");
  char *t3 = strtok(0, "#");
  char *t4 = strtok(0, "#");
  printf("%zu %zu %zu %s %s %s %d\n", rl, dl, al, t1, t2, t3, t4 == 0);
  free(s);
  char *line = 0;
  size_t cap = 0;
  FILE *f = fopen("long.txt", "r");
  ssize_t n1 = getline(&line, &cap, f);
  ssize_t n2 = getline(&line, &cap, f);
  fclose(f);
  printf("%zd %zd %s", n1, n2, line);
  free(line);
  return 0;
}
