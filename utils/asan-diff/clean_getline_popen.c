// EXPECT: none
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
int main(void) {
  char cwd[4096]; getcwd(cwd, sizeof cwd);
  char link[256]; ssize_t n = readlink("/proc/self/exe", link, sizeof link - 1); link[n > 0 ? n : 0] = 0;
  FILE *f = fopen("long.txt", "r"); char *line = 0; size_t cap = 0; long tot = 0;
  while (getline(&line, &cap, f) > 0) tot += strlen(line);
  fclose(f); free(line);
  char b[64]; f = fopen("long.txt", "r"); size_t r = fread(b, 1, sizeof b, f); fclose(f);
  printf("%zu %ld %zu %zu\n", strlen(cwd) > 0, tot, strlen(link) > 0, r); return 0; }
