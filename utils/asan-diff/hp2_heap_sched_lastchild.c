// EXPECT: heap-buffer-overflow
// a job scheduler heapifies its job array in place; sift_down compares the right child without checking it exists, and the last parent of an even-sized array reads one job past the end
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct job {
  int id;
  int priority;
  unsigned deadline;
  char name[12];
};

static int before(const struct job *a, const struct job *b) {
  if (a->priority != b->priority) return a->priority > b->priority;
  return a->deadline < b->deadline;
}

static void swap_jobs(struct job *a, struct job *b) {
  struct job t = *a;
  *a = *b;
  *b = t;
}

static void sift_down(struct job *h, size_t size, size_t i) {
  for (;;) {
    size_t l = 2 * i + 1;
    if (l >= size) return;
    size_t best = l;
    int rp = h[l + 1].priority; // BUG
    if (rp > h[l].priority || (rp == h[l].priority && h[l + 1].deadline < h[l].deadline)) best = l + 1;
    if (!before(&h[best], &h[i])) return;
    swap_jobs(&h[best], &h[i]);
    i = best;
  }
}

static void sift_up(struct job *h, size_t i) {
  while (i > 0) {
    size_t p = (i - 1) / 2;
    if (!before(&h[i], &h[p])) return;
    swap_jobs(&h[i], &h[p]);
    i = p;
  }
}

static void heapify(struct job *h, size_t size) {
  for (size_t i = size / 2; i-- > 0;) sift_down(h, size, i);
}

static struct job pop(struct job *h, size_t *size) {
  struct job top = h[0];
  h[0] = h[--*size];
  if (*size) sift_down(h, *size, 0);
  return top;
}

static int check_heap(const struct job *h, size_t size) {
  for (size_t i = 1; i < size; i++)
    if (before(&h[i], &h[(i - 1) / 2])) return 0;
  return 1;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  size_t al = strlen(alpha);
  size_t size = (size_t)n;
  struct job *jobs = malloc(size * sizeof *jobs);
  for (size_t i = 0; i < size; i++) {
    jobs[i].id = (int)i;
    jobs[i].priority = (int)((i * 7 + 3) % 5);
    jobs[i].deadline = (unsigned)(100 - i * 3);
    snprintf(jobs[i].name, sizeof jobs[i].name, "job-%.4s", alpha + i % (al - 4));
  }
  heapify(jobs, size);
  printf("heap ok: %d\n", check_heap(jobs, size));
  /* two urgent jobs arrive; there is room since the array is trimmed only at the end */
  size_t cap = size + 2;
  jobs = realloc(jobs, cap * sizeof *jobs);
  for (int k = 0; k < 2; k++) {
    struct job *j = &jobs[size];
    j->id = 100 + k;
    j->priority = 9;
    j->deadline = 5u + (unsigned)k;
    snprintf(j->name, sizeof j->name, "urgent-%d", k);
    sift_up(jobs, size++);
  }
  unsigned order = 0;
  while (size) {
    struct job j = pop(jobs, &size);
    order = order * 31 + (unsigned)j.id;
    if (size < 3) printf("ran %s (p%d d%u)\n", j.name, j.priority, j.deadline);
  }
  printf("order hash %08x\n", order);
  free(jobs);
  return 0;
}
