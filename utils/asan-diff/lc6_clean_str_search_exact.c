// EXPECT: none
// memmem over an unterminated stack array at its length, strcasestr/strncasecmp/strxfrm/regcomp/regexec/getpwnam/opendir/fdopen with exact sizes and terminated strings.
#define _GNU_SOURCE
#include <dirent.h>
#include <pwd.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
char hay[7];
char mode[2] = "r";
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  char h[8];
  memcpy(h, argv[2], sizeof h);
  void *mm = memmem(h, sizeof h, "GH", 2);
  memcpy(hay, argv[2], 6);
  char *cs = strcasestr(hay, "def");
  char *a = malloc(5);
  for (int i = 0; i < 5; i++)
    a[i] = argv[2][i] + ('a' - 'A');
  int c1 = strncasecmp(a, argv[2], 5);
  a[2] = '#';
  int c2 = strncasecmp(a, argv[2], n - 2);
  char x[27];
  size_t xl = strxfrm(x, argv[2], sizeof x);
  size_t xn = strxfrm(NULL, argv[2], 0);
  regex_t re;
  regcomp(&re, "([A-Z])([A-Z])([A-Z])", REG_EXTENDED);
  regmatch_t m[4];
  int rr = regexec(&re, argv[2], 4, m, 0);
  regfree(&re);
  char name[5] = {'r', 'o', 'o', 't', 0};
  struct passwd *pw = getpwnam(name);
  char *path = malloc(2);
  path[0] = '.';
  path[1] = 0;
  DIR *d = opendir(path);
  int p[2];
  pipe(p);
  write(p[1], argv[2], n);
  close(p[1]);
  FILE *f = fdopen(p[0], mode);
  printf("%d %s %d %d %zu %zu %d %d %s %d %c\n", mm != 0, cs, c1, c2 != 0, xl, xn, rr, (int)m[3].rm_eo,
         pw ? pw->pw_name : "-", d != 0, f ? fgetc(f) : '-');
  if (f)
    fclose(f);
  if (d)
    closedir(d);
  free(path);
  free(a);
  return 0;
}
