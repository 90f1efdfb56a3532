// EXPECT: none
// popen in both directions with program buffers: a reader over a shell
// command's output (setvbuf with a heap buffer, read with fgets, fgetc and
// fscanf), a writer into `cat > file` (setvbuf with a stack buffer of a
// function that pcloses before returning), each buffer released after
// pclose; the written file read back.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int write_through_cat(int n, const char *alpha) {
  char buf[128];
  FILE *w = popen("cat > piped.txt", "w");
  if (!w)
    return -1;
  setvbuf(w, buf, _IOFBF, sizeof buf);
  for (int i = 0; i < n * 5; ++i)
    fprintf(w, "%d %s\n", i, alpha + i % 26);
  return pclose(w);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  char cmd[128];
  snprintf(cmd, sizeof cmd, "i=0; while [ $i -lt %d ]; do echo $i %s; i=$((i+1)); done", n * 3, alpha);
  FILE *r = popen(cmd, "r");
  if (!r)
    return 1;
  char *rb = malloc(33);
  setvbuf(r, rb, _IOFBF, 33);
  long sum = 0;
  int num;
  char word[64];
  while (fscanf(r, "%d %63s", &num, word) == 2) {
    sum += num * (long)strlen(word);
    int c = fgetc(r);
    if (c != '\n')
      return 2;
  }
  int st = pclose(r);
  free(rb);
  int wst = write_through_cat(n, alpha);
  FILE *back = fopen("piped.txt", "r");
  if (!back)
    return 3;
  char line[64];
  int lines = 0;
  while (fgets(line, sizeof line, back))
    sum += (long)strlen(line) * ++lines;
  fclose(back);
  printf("status %d %d lines %d sum %ld\n", st, wst, lines, sum);
  return 0;
}
