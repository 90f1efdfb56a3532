// EXPECT: double-free
// A job system with a pool of job objects (each malloc'ed, recycled through a free list, all
// freed at shutdown) and per-job scratch buffers. When a job fails validation, the error path
// frees its scratch buffer, then the common cleanup frees it again: the pointer was not cleared.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct job {
  int id;
  int priority;
  char *scratch;
  size_t scratch_len;
  struct job *next_free;
  struct job *next_all;
};

struct pool {
  struct job *free_list;
  struct job *all;
  int allocated, in_use;
};

static struct job *job_get(struct pool *p) {
  struct job *j = p->free_list;
  if (j) {
    p->free_list = j->next_free;
  } else {
    j = calloc(1, sizeof *j);
    j->next_all = p->all;
    p->all = j;
    p->allocated++;
  }
  p->in_use++;
  return j;
}

static void job_put(struct pool *p, struct job *j) {
  j->scratch = NULL;
  j->scratch_len = 0;
  j->next_free = p->free_list;
  p->free_list = j;
  p->in_use--;
}

static int validate(const struct job *j) {
  /* reject jobs whose scratch data holds a NUL-free run longer than 20 */
  size_t run = 0;
  for (size_t i = 0; i < j->scratch_len; i++) {
    run = j->scratch[i] ? run + 1 : 0;
    if (run > 20) return -1;
  }
  return 0;
}

static long run_job(struct pool *p, int id, const char *input, size_t len) {
  struct job *j = job_get(p);
  long result = -1;
  j->id = id;
  j->priority = id % 3;
  j->scratch_len = len;
  j->scratch = malloc(len);
  memcpy(j->scratch, input, len);
  if (validate(j) != 0) {
    fprintf(stderr, "job %d rejected\n", id);
    free(j->scratch);
    goto out;
  }
  result = 0;
  for (size_t i = 0; i < len; i++) result = result * 31 + (unsigned char)j->scratch[i];
out:
  free(j->scratch); // BUG
  job_put(p, j);
  return result;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  struct pool p = { 0 };
  char input[64];
  long sum = 0;
  int ok = 0;
  for (int i = 0; i < n; i++) {
    size_t len = (size_t)(4 + i * 2);
    if (len > sizeof input) len = sizeof input;
    for (size_t k = 0; k < len; k++) input[k] = k % 12 == 11 ? '\0' : alpha[(i + k) % 26];
    if (i == n - 1) memcpy(input, alpha, len = strlen(alpha)); /* one long run */
    long r = run_job(&p, i, input, len);
    if (r != -1) { sum += r; ok++; }
  }
  printf("%d/%d jobs ok, %d job objects, %d in use, checksum %ld\n", ok, n, p.allocated, p.in_use, sum);
  while (p.all) {
    struct job *j = p.all;
    p.all = j->next_all;
    free(j);
  }
  return 0;
}
