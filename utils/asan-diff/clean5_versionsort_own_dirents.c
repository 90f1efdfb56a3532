// EXPECT: none
// versionsort and alphasort as qsort comparators on struct dirent objects
// the program allocates itself at the size their names need (not
// sizeof(struct dirent)), and scandir with a filter and versionsort over a
// directory of version-numbered files created in the cwd.
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static struct dirent *make_entry(const char *name) {
  size_t size = offsetof(struct dirent, d_name) + strlen(name) + 1;
  struct dirent *d = calloc(1, size);
  strcpy(d->d_name, name);
  d->d_reclen = (unsigned short)size;
  return d;
}

static int only_pkgs(const struct dirent *d) { return strncmp(d->d_name, "pkg-", 4) == 0; }

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  int count = n * 3;
  struct dirent **v = malloc(sizeof *v * (size_t)count);
  for (int i = 0; i < count; ++i) {
    char name[40];
    snprintf(name, sizeof name, "lib%d.so.%d.%d", i % 4, (i * 7) % 13, i);
    v[i] = make_entry(name);
  }
  qsort(v, (size_t)count, sizeof *v,
        (int (*)(const void *, const void *))versionsort);
  unsigned long sum = 0;
  for (int i = 0; i < count; ++i)
    sum = sum * 31 + strlen(v[i]->d_name) + (unsigned char)v[i]->d_name[3];
  qsort(v, (size_t)count, sizeof *v,
        (int (*)(const void *, const void *))alphasort);
  sum += (unsigned char)v[0]->d_name[3];
  for (int i = 0; i < count; ++i)
    free(v[i]);
  free(v);
  mkdir("vers", 0755);
  for (int i = 0; i < n * 2; ++i) {
    char path[64];
    snprintf(path, sizeof path, "vers/pkg-1.%d.%d", i % 7, i);
    close(open(path, O_CREAT | O_WRONLY, 0644));
    snprintf(path, sizeof path, "vers/other%d", i);
    close(open(path, O_CREAT | O_WRONLY, 0644));
  }
  struct dirent **list;
  int k = scandir("vers", &list, only_pkgs, versionsort);
  char first[64] = "", last[64] = "";
  for (int i = 0; i < k; ++i) {
    if (i == 0)
      strcpy(first, list[i]->d_name);
    if (i == k - 1)
      strcpy(last, list[i]->d_name);
    free(list[i]);
  }
  free(list);
  printf("k %d first %s last %s sum %lu\n", k, first, last, sum);
  return 0;
}
