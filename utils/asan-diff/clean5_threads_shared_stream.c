// EXPECT: none
// Four threads writing to one FILE with a program buffer (setvbuf, heap):
// fprintf and fputs each lock the stream themselves; record groups written
// under flockfile with fputc_unlocked, fwrite_unlocked and fputs_unlocked;
// stdout written by all threads with printf. The buffer is freed after the
// threads are joined and the stream closed; the file is then checked.
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static FILE *shared;
static int per;
static const char *alpha;

static void *worker(void *arg) {
  long id = (long)arg;
  char local[48];
  for (int i = 0; i < per; ++i) {
    fprintf(shared, "T%ld %d\n", id, i);
    fputs("plain\n", shared);
    snprintf(local, sizeof local, "%ld/%d/%.5s", id, i, alpha + i % 20);
    flockfile(shared);
    fputc_unlocked('<', shared);
    fwrite_unlocked(local, 1, strlen(local), shared);
    fputs_unlocked(">\n", shared);
    funlockfile(shared);
  }
  printf("thread done %d\n", per); // the same line from every thread
  return NULL;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  alpha = argc > 2 ? argv[2] : "xyz";
  per = n * 30;
  shared = fopen("threads.txt", "w");
  char *buf = malloc(301);
  setvbuf(shared, buf, _IOFBF, 301);
  pthread_t t[4];
  for (long i = 0; i < 4; ++i)
    pthread_create(&t[i], NULL, worker, (void *)i);
  for (int i = 0; i < 4; ++i)
    pthread_join(t[i], NULL);
  fclose(shared);
  free(buf);
  fflush(stdout);
  FILE *r = fopen("threads.txt", "r");
  char line[64];
  int lines = 0, groups = 0, bad = 0;
  while (fgets(line, sizeof line, r)) {
    ++lines;
    if (line[0] == '<')
      groups += 1, bad += line[strlen(line) - 2] != '>';
  }
  fclose(r);
  printf("lines %d groups %d bad %d\n", lines, groups, bad);
  return 0;
}
