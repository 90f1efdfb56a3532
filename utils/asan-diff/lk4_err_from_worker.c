// EXPECT: none
// A loader thread reads a manifest into a list it holds in its own locals;
// when it hits a fatal inconsistency it calls err(), which prints and exits
// the whole process from inside libc, while main is blocked in pthread_join.
// The loader's frames are suspended in err(), not returned, and main's are
// live: the manifest list and the job table main holds are reachable, so no
// leak may be reported.
#include <err.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct entry {
  struct entry *next;
  char *path;
  long size;
};

struct job {
  char *name;
  int n;
};

static struct entry *volatile *volatile g_progress; /* a watchdog peeks at the loader's list */

__attribute__((noinline)) static struct entry *add(struct entry *head, int i, int n) {
  struct entry *e = malloc(sizeof *e);
  e->path = malloc((size_t)n + 16);
  snprintf(e->path, (size_t)n + 16, "/data/part-%04d", i);
  e->size = (long)i * n;
  e->next = head;
  return e;
}

static void *loader(void *arg) {
  struct job *j = arg;
  struct entry *volatile head = NULL;
  g_progress = &head;
  for (int i = 0; i < j->n; i++) {
    head = add(head, i, j->n);
    if (i == j->n - 3) {
      fflush(stdout);
      errno = EINVAL;
      err(0, "%s: part %d: size mismatch", j->name, i);
    }
  }
  return NULL;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  struct job *j = malloc(sizeof *j);
  j->name = strdup(argc > 2 ? argv[2] : "manifest");
  j->n = n;
  pthread_t t;
  pthread_create(&t, NULL, loader, j);
  pthread_join(t, NULL);
  printf("loaded %s\n", j->name);
  free(j->name);
  free(j);
  return 0;
}
