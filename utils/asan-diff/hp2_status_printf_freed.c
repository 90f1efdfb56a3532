// EXPECT: heap-use-after-free
// a job tracker keeps a per-job status string; updating the status frees the old string, but the summary row built earlier holds the old pointer and is printed with printf("%s")
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum state { QUEUED, RUNNING, DONE, FAILED };

struct job {
  int id;
  enum state st;
  char *status; /* human-readable, owned */
  int progress;
};

struct row {
  int id;
  const char *status; /* borrowed from the job */
  int progress;
};

static char *fmt_status(enum state st, int progress, const char *detail) {
  static const char *names[] = {"queued", "running", "done", "failed"};
  char buf[96];
  if (st == RUNNING) snprintf(buf, sizeof buf, "%s %d%% (%s)", names[st], progress, detail);
  else snprintf(buf, sizeof buf, "%s: %s", names[st], detail);
  return strdup(buf);
}

static void job_set(struct job *j, enum state st, int progress, const char *detail) {
  char *s = fmt_status(st, progress, detail);
  free(j->status);
  j->status = s;
  j->st = st;
  j->progress = progress;
}

static int snapshot(struct job *jobs, int n, struct row *rows) {
  int k = 0;
  for (int i = 0; i < n; i++) {
    if (jobs[i].st == DONE) continue;
    rows[k].id = jobs[i].id;
    rows[k].status = jobs[i].status;
    rows[k].progress = jobs[i].progress;
    k++;
  }
  return k;
}

/* One scheduler tick: running jobs advance, a queued job starts. */
static void tick(struct job *jobs, int n, const char *alpha, int t) {
  int started = 0;
  for (int i = 0; i < n; i++) {
    char detail[32];
    snprintf(detail, sizeof detail, "%.*s", 3 + (i + t) % 5, alpha + i);
    if (jobs[i].st == RUNNING) {
      int p = jobs[i].progress + 15 + i * 5;
      if (p >= 100) job_set(&jobs[i], (i + t) % 7 == 0 ? FAILED : DONE, 100, detail);
      else job_set(&jobs[i], RUNNING, p, detail);
    } else if (jobs[i].st == QUEUED && !started) {
      job_set(&jobs[i], RUNNING, 0, detail);
      started = 1;
    }
  }
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOP";
  struct job jobs[16];
  if (n > 16) n = 16;
  for (int i = 0; i < n; i++) {
    jobs[i].id = 100 + i;
    jobs[i].status = NULL;
    job_set(&jobs[i], QUEUED, 0, "waiting");
  }
  for (int t = 0; t < 4; t++) tick(jobs, n, alpha, t);
  struct row rows[16];
  int k = snapshot(jobs, n, rows);
  /* the dashboard refreshes once more before it renders the snapshot */
  tick(jobs, n, alpha, 4);
  printf("%-5s %-4s %s\n", "job", "pct", "status");
  for (int i = 0; i < k; i++) printf("%-5d %3d%% %s\n", rows[i].id, rows[i].progress, rows[i].status); // BUG
  int done = 0;
  for (int i = 0; i < n; i++) {
    done += jobs[i].st == DONE;
    free(jobs[i].status);
  }
  printf("%d done\n", done);
  return 0;
}
