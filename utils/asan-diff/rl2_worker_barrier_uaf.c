// EXPECT: heap-use-after-free
// the coordinator frees the phase-1 job table once every worker reached the barrier, but the workers still read their job's name for the phase-2 summary
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NWORKERS 3

struct job {
  char name[24];
  int first, count;
  long result;
};

struct shared {
  pthread_barrier_t phase1_done;
  pthread_barrier_t table_freed;
  struct job *jobs;            /* phase-1 table, freed by the coordinator */
  const char *text;
  long summary[NWORKERS];
};

struct worker_arg {
  struct shared *sh;
  int id;
};

static void *worker(void *p) {
  struct worker_arg *a = p;
  struct shared *sh = a->sh;
  struct job *mine = &sh->jobs[a->id];
  size_t tl = strlen(sh->text);
  long r = 0;
  for (int i = mine->first; i < mine->first + mine->count; i++) r += sh->text[(size_t)i % tl] * (i % 7 + 1);
  mine->result = r;
  pthread_barrier_wait(&sh->phase1_done);
  pthread_barrier_wait(&sh->table_freed);   /* the coordinator freed the table in between */
  long s = 0;
  if (a->id == 0)
    for (const char *c = mine->name; *c; c++) s = s * 31 + *c; // BUG
  sh->summary[a->id] = s;
  return NULL;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *text = argc > 2 ? argv[2] : "ABCDEFGH";
  struct shared sh;
  memset(&sh, 0, sizeof sh);
  sh.text = text;
  sh.jobs = calloc(NWORKERS, sizeof *sh.jobs);
  for (int i = 0; i < NWORKERS; i++) {
    snprintf(sh.jobs[i].name, sizeof sh.jobs[i].name, "job-%d-%.6s", i, text + i);
    sh.jobs[i].first = i * n * 10;
    sh.jobs[i].count = n * 10;
  }
  pthread_barrier_init(&sh.phase1_done, NULL, NWORKERS + 1);
  pthread_barrier_init(&sh.table_freed, NULL, NWORKERS + 1);
  pthread_t th[NWORKERS];
  struct worker_arg args[NWORKERS];
  for (int i = 0; i < NWORKERS; i++) {
    args[i].sh = &sh;
    args[i].id = i;
    pthread_create(&th[i], NULL, worker, &args[i]);
  }
  pthread_barrier_wait(&sh.phase1_done);
  long total = 0;
  for (int i = 0; i < NWORKERS; i++) total += sh.jobs[i].result;
  free(sh.jobs);   /* phase 1 is over */
  pthread_barrier_wait(&sh.table_freed);
  for (int i = 0; i < NWORKERS; i++) pthread_join(th[i], NULL);
  printf("total=%ld summary0=%ld\n", total, sh.summary[0]);
  pthread_barrier_destroy(&sh.phase1_done);
  pthread_barrier_destroy(&sh.table_freed);
  return 0;
}
