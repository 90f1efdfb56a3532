// EXPECT: heap-use-after-free
// A log analyzer reading a file line by line with getline(), splitting each line into fields
// in place. To detect repeated messages it keeps a pointer to the previous line's message
// field, inside getline's buffer; a longer line makes getline realloc the buffer, and the
// comparison reads the old one.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct fields {
  char *time, *level, *msg;
};

static int split(char *line, struct fields *f) {
  char *save = NULL;
  f->time = strtok_r(line, " ", &save);
  f->level = strtok_r(NULL, " ", &save);
  f->msg = strtok_r(NULL, "\n", &save);
  return f->time && f->level && f->msg ? 0 : -1;
}

static void write_log(const char *path, int n, const char *alpha) {
  FILE *f = fopen(path, "w");
  for (int i = 0; i < n; i++) {
    const char *lvl = i % 5 == 4 ? "ERROR" : i % 2 ? "INFO" : "DEBUG";
    fprintf(f, "12:00:%02d %s %s %.*s\n", i, lvl, i % 3 == 1 ? "retrying" : "request", 2 + i % 4, alpha);
    if (i % 3 == 1) fprintf(f, "12:00:%02d %s retrying %.*s\n", i, lvl, 2 + i % 4, alpha);
  }
  /* one very long line near the end */
  fprintf(f, "12:01:00 WARN slow request:");
  for (int k = 0; k < 8; k++) fprintf(f, " %s", alpha);
  fprintf(f, "\n12:01:01 INFO done\n");
  fclose(f);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  write_log("app.log", n, alpha);
  /* and the harness's own file, for its line count */
  FILE *lf = fopen("long.txt", "r");
  int extra = 0;
  if (lf) {
    int c;
    while ((c = fgetc(lf)) != EOF) extra += c == '\n';
    fclose(lf);
  }

  FILE *f = fopen("app.log", "r");
  if (!f) return 1;
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  const char *prev_msg = NULL;
  int lines = 0, repeats = 0, errors = 0;
  while ((len = getline(&line, &cap, f)) > 0) {
    struct fields fl;
    lines++;
    if (split(line, &fl) != 0) continue;
    if (strcmp(fl.level, "ERROR") == 0) errors++;
    if (prev_msg && strncmp(prev_msg, fl.msg, 8) == 0) repeats++; // BUG
    prev_msg = fl.msg;
  }
  free(line);
  fclose(f);
  remove("app.log");
  printf("%d lines (+%d in long.txt), %d errors, %d repeats\n", lines, extra, errors, repeats);
  return 0;
}
