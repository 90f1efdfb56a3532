// EXPECT: none
// stdout with a heap buffer, then freopen'd onto a file (glibc drops the
// program's buffer, which is freed at once), written with printf and puts
// through glibc's own buffer, flushed, and pointed back at the original
// descriptor with dup2; the file's content checked, and at the end stdout
// given a local buffer of main and closed with fclose(stdout) before main
// returns.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  int saved = dup(1);
  char *hb = malloc(77);
  setvbuf(stdout, hb, _IOFBF, 77);
  printf("before redirect %d\n", n);
  fflush(stdout);
  if (!freopen("redir.txt", "w", stdout))
    return 1;
  free(hb);
  for (int i = 0; i < n * 10; ++i) {
    printf("%d %s\n", i, alpha + i % 26);
    puts("puts line");
  }
  fflush(stdout);
  if (dup2(saved, fileno(stdout)) < 0)
    return 2;
  close(saved);
  FILE *r = fopen("redir.txt", "r");
  char line[64];
  int lines = 0;
  unsigned long sum = 0;
  while (fgets(line, sizeof line, r)) {
    ++lines;
    sum = sum * 31 + strlen(line);
  }
  fclose(r);
  char local[128];
  setvbuf(stdout, local, _IOFBF, sizeof local);
  for (int i = 0; i < n; ++i)
    printf("back %d\n", i);
  printf("lines %d sum %lu\n", lines, sum);
  if (fclose(stdout) != 0)
    return 3;
  return 0;
}
