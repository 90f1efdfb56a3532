// EXPECT: none
// Per-thread streams whose setvbuf buffers are __thread arrays (and, for a
// second stream, a local array of the thread's function): each thread
// writes its file, reads it back through the same stream, and closes both
// streams before it ends; main then checks every file.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NT 4

static __thread char tls_buf[211];
static int rounds;
static const char *alpha;

static void *run(void *arg) {
  long id = (long)arg;
  char name[32], name2[32];
  snprintf(name, sizeof name, "tls%ld.txt", id);
  snprintf(name2, sizeof name2, "loc%ld.txt", id);
  FILE *f = fopen(name, "w+");
  char local[57];
  FILE *g = fopen(name2, "w");
  if (!f || !g)
    return (void *)1;
  setvbuf(f, tls_buf, _IOFBF, sizeof tls_buf);
  setvbuf(g, local, _IOLBF, sizeof local);
  for (int i = 0; i < rounds; ++i) {
    fprintf(f, "%ld %d %.*s\n", id, i, (int)(i % 26) + 1, alpha);
    fprintf(g, "%d\n", i * (int)id);
  }
  rewind(f);
  unsigned long s = 0;
  char line[64];
  while (fgets(line, sizeof line, f))
    s = s * 7 + strlen(line);
  fclose(f);
  fclose(g);
  return (void *)(s & 0xffff);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  alpha = argc > 2 ? argv[2] : "xyz";
  rounds = n * 25;
  pthread_t t[NT];
  for (long i = 0; i < NT; ++i)
    pthread_create(&t[i], NULL, run, (void *)i);
  unsigned long sum = 0;
  for (int i = 0; i < NT; ++i) {
    void *r;
    pthread_join(t[i], &r);
    sum = sum * 65537 + (unsigned long)r;
  }
  for (int i = 0; i < NT; ++i) {
    char name[32];
    snprintf(name, sizeof name, "loc%d.txt", i);
    FILE *f = fopen(name, "r");
    int c, lines = 0;
    while ((c = fgetc(f)) != EOF)
      lines += c == '\n';
    fclose(f);
    sum += (unsigned long)lines;
  }
  printf("sum %lu\n", sum);
  return 0;
}
