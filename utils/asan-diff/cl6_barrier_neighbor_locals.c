// EXPECT: none
// A 1-D stencil solver with one thread per strip: each thread keeps its
// strip (with one ghost cell at each end) in a local array and publishes
// a pointer to it; between pthread_barrier_wait phases the threads read
// their neighbours' edge cells straight from the neighbours' stacks. The
// owners' frames stay alive until the last barrier, after which main
// collects results written into a local array of its own.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { NT = 6, W = 37, STEPS = 200 };

static pthread_barrier_t g_bar;
static double *g_strip[NT];

struct Job {
  int id;
  double *result;
};

static void *solver(void *arg) {
  struct Job *job = arg;
  int id = job->id;
  double u[W + 2], next[W + 2];
  for (int i = 0; i < W + 2; i++) u[i] = (id * W + i) % 17 == 0 ? 100.0 : 0.0;
  g_strip[id] = u;
  pthread_barrier_wait(&g_bar);  // every strip published
  for (int s = 0; s < STEPS; s++) {
    const double *left = g_strip[(id + NT - 1) % NT];
    const double *right = g_strip[(id + 1) % NT];
    double lg = left[W], rg = right[1];  // neighbours' edge cells
    pthread_barrier_wait(&g_bar);        // all ghosts read before anyone writes
    u[0] = lg;
    u[W + 1] = rg;
    for (int i = 1; i <= W; i++) next[i] = u[i] + 0.25 * (u[i - 1] - 2 * u[i] + u[i + 1]);
    memcpy(u + 1, next + 1, W * sizeof(double));
    pthread_barrier_wait(&g_bar);        // all strips updated
  }
  double sum = 0;
  for (int i = 1; i <= W; i++) sum += u[i];
  *job->result = sum;
  pthread_barrier_wait(&g_bar);  // neighbours are done reading us
  return NULL;
}

int main(int argc, char **argv) {
  int rounds = argc > 1 ? atoi(argv[1]) / 5 : 2;
  double total = 0;
  for (int r = 0; r < rounds; r++) {
    double results[NT];
    struct Job jobs[NT];
    pthread_t t[NT];
    pthread_barrier_init(&g_bar, NULL, NT);
    for (int i = 0; i < NT; i++) {
      jobs[i] = (struct Job){i, &results[i]};
      pthread_create(&t[i], NULL, solver, &jobs[i]);
    }
    for (int i = 0; i < NT; i++) pthread_join(t[i], NULL);
    pthread_barrier_destroy(&g_bar);
    for (int i = 0; i < NT; i++) total += results[i];
  }
  printf("%.6f\n", total);
  return 0;
}
