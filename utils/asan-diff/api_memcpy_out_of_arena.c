// EXPECT: use-after-poison
// A log ring built on an arena of fixed 64-byte records, each record
// unpoisoned only for the bytes of its message. The flusher copies records
// to the output with memcpy(dst, rec, 64) -- the full record size instead of
// the message length -- so the copy's source runs into the poisoned rest of
// the record: ASan's memcpy interceptor reports use-after-poison.
#include <sanitizer/asan_interface.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REC 64
#define NREC 16

static _Alignas(64) char arena[REC * NREC];
static size_t lens[NREC];
static int nrec;

static void log_msg(const char *msg) {
  char *rec = arena + nrec * REC;
  size_t len = strlen(msg) + 1;
  if (len > REC) len = REC;
  ASAN_UNPOISON_MEMORY_REGION(rec, len);
  memcpy(rec, msg, len);
  rec[len - 1] = 0;
  lens[nrec++] = len;
}

static void flush(char *out) {
  for (int i = 0; i < nrec; i++)
    memcpy(out + i * REC, arena + i * REC, REC); // BUG
}

int main(int argc, char **argv) {
  ASAN_POISON_MEMORY_REGION(arena, sizeof arena);
  char line[80];
  for (int i = 0; i < atoi(argv[1]) / 2; i++) {
    snprintf(line, sizeof line, "event %d: %.*s", i, i + 3, argv[2]);
    log_msg(line);
  }
  char *out = malloc(sizeof arena);
  flush(out);
  for (int i = 0; i < nrec; i++) puts(out + i * REC);
  free(out);
  return 0;
}
