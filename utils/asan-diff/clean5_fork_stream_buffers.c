// EXPECT: none
// Streams with program buffers across fork: the parent flushes before
// forking; each child writes through its copy of the stream (and its copy
// of the buffer), flushes and _exits; the parent keeps writing, then waits
// and closes; a child that opens its own stream with a stack buffer and
// uses exit() (its stdio flushed by exit, buffers alive: static).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static char child_buf[64];

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  FILE *f = fopen("fork.txt", "w");
  char *buf = malloc(80);
  setvbuf(f, buf, _IOFBF, 80);
  fprintf(f, "parent start\n");
  fflush(f);
  fflush(stdout);
  for (int k = 0; k < 3; ++k) {
    pid_t pid = fork();
    if (pid == 0) {
      for (int i = 0; i < n; ++i)
        fprintf(f, "child%d %d %.4s\n", k, i, alpha + i);
      fflush(f);
      FILE *own = fopen(k == 0 ? "child0.txt" : k == 1 ? "child1.txt" : "child2.txt", "w");
      setvbuf(own, child_buf, _IOFBF, sizeof child_buf);
      fprintf(own, "own %d\n", k);
      if (k == 2)
        exit(0); // flushes own through child_buf (static)
      fclose(own);
      _exit(0);
    }
    int st;
    waitpid(pid, &st, 0);
    fprintf(f, "parent after child %d status %d\n", k, st);
    fflush(f);
  }
  fclose(f);
  free(buf);
  FILE *r = fopen("fork.txt", "r");
  char line[64];
  int lines = 0;
  unsigned long sum = 0;
  while (fgets(line, sizeof line, r)) {
    ++lines;
    sum = sum * 7 + strlen(line);
  }
  fclose(r);
  for (int k = 0; k < 3; ++k) {
    char name[16];
    snprintf(name, sizeof name, "child%d.txt", k);
    FILE *c = fopen(name, "r");
    if (c && fgets(line, sizeof line, c))
      sum += strlen(line);
    if (c)
      fclose(c);
  }
  printf("lines %d sum %lu\n", lines, sum);
  return 0;
}
