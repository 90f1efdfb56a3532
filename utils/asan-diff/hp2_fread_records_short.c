// EXPECT: heap-buffer-overflow
// a binary log reader allocates room for the record count stored in the file header, but the header counts from zero; fread of the whole record block writes one record past the array
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct file_header {
  char magic[4];
  uint32_t version;
  uint32_t last_index; /* index of the last record, i.e. count - 1 */
  uint32_t record_size;
};

struct record {
  uint32_t ts;
  uint16_t sensor;
  uint16_t flags;
  int32_t value;
  char unit[4];
};

static int write_log(FILE *f, const char *seed, int n) {
  struct file_header h;
  memcpy(h.magic, "SLOG", 4);
  h.version = 2;
  h.last_index = (uint32_t)n - 1;
  h.record_size = sizeof(struct record);
  if (fwrite(&h, sizeof h, 1, f) != 1) return -1;
  size_t sl = strlen(seed);
  for (int i = 0; i < n; i++) {
    struct record r;
    memset(&r, 0, sizeof r);
    r.ts = 1000u + (uint32_t)i * 60u;
    r.sensor = (uint16_t)(i % 4);
    r.flags = (uint16_t)(seed[(size_t)i % sl] & 1);
    r.value = (seed[(size_t)i % sl] - 'A') * 10 - 50;
    memcpy(r.unit, i % 2 ? "degC" : "hPa", i % 2 ? 4 : 3);
    if (fwrite(&r, sizeof r, 1, f) != 1) return -1;
  }
  return 0;
}

struct log {
  struct file_header h;
  struct record *recs;
  size_t count;
};

static int read_log(FILE *f, struct log *lg) {
  if (fread(&lg->h, sizeof lg->h, 1, f) != 1) return -1;
  if (memcmp(lg->h.magic, "SLOG", 4) != 0 || lg->h.record_size != sizeof(struct record)) return -1;
  lg->count = lg->h.last_index + 1;
  lg->recs = malloc((size_t)lg->h.last_index * sizeof *lg->recs);
  size_t got = fread(lg->recs, sizeof *lg->recs, lg->count, f); // BUG
  if (got != lg->count) return -1;
  return 0;
}

struct summary {
  int32_t min[4], max[4];
  long sum[4];
  int n[4];
  int flagged;
};

static void summarize(const struct log *lg, struct summary *s) {
  for (int k = 0; k < 4; k++) {
    s->min[k] = INT32_MAX;
    s->max[k] = INT32_MIN;
    s->sum[k] = 0;
    s->n[k] = 0;
  }
  s->flagged = 0;
  for (size_t i = 0; i < lg->count; i++) {
    const struct record *r = &lg->recs[i];
    int k = r->sensor & 3;
    if (r->value < s->min[k]) s->min[k] = r->value;
    if (r->value > s->max[k]) s->max[k] = r->value;
    s->sum[k] += r->value;
    s->n[k]++;
    s->flagged += r->flags & 1;
  }
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *seed = argc > 2 ? argv[2] : "ABCDEFGH";
  FILE *f = tmpfile();
  if (!f) return 1;
  if (write_log(f, seed, n)) return 1;
  rewind(f);
  struct log lg;
  memset(&lg, 0, sizeof lg);
  if (read_log(f, &lg)) {
    printf("corrupt log\n");
    return 1;
  }
  fclose(f);
  struct summary s;
  summarize(&lg, &s);
  for (int k = 0; k < 4; k++)
    if (s.n[k]) printf("sensor %d: n=%d min=%d max=%d avg=%.1f\n", k, s.n[k], s.min[k], s.max[k], (double)s.sum[k] / s.n[k]);
  printf("%d flagged of %zu\n", s.flagged, lg.count);
  free(lg.recs);
  return 0;
}
