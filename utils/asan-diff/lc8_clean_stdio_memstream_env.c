// EXPECT: none
// open_memstream's pointer re-read after every fflush, fmemopen read with fgets of exactly the line plus terminator, setvbuf with a static buffer and with a stack buffer closed before its frame ends, a vsnprintf wrapper given the real capacity, snprintf appends with the offset clamped on truncation, putenv of a static string, setenv from a stack value.
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static char logbuf[128];
static char env_entry[] = "LC8_MODE=fast";
static int fmt_into(char *dst, size_t cap, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(dst, cap, fmt, ap);
  va_end(ap);
  return n;
}
static int write_with_stack_buffer(const char *s) {
  char buf[64];
  FILE *f = fopen("/dev/null", "w");
  if (!f)
    return -1;
  setvbuf(f, buf, _IOFBF, sizeof buf);
  int r = fprintf(f, "%s %s %s\n", s, s, s);
  fclose(f);
  return r;
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  char *mb = NULL;
  size_t ml = 0;
  FILE *ms = open_memstream(&mb, &ml);
  size_t total = 0;
  for (int i = 0; i < n * 40; i++) {
    fprintf(ms, "%s,", argv[2]);
    fflush(ms);
    total += strlen(mb) > 0;
  }
  fclose(ms);
  char line[27];
  FILE *fm = fmemopen(argv[2], strlen(argv[2]), "r");
  char *got = fgets(line, sizeof line, fm);
  fclose(fm);
  FILE *dn = fopen("/dev/null", "w");
  setvbuf(dn, logbuf, _IOFBF, sizeof logbuf);
  fprintf(dn, "%s\n", argv[2]);
  fclose(dn);
  int sw = write_with_stack_buffer(argv[2]);
  char *small = malloc(12);
  int fw = fmt_into(small, 12, "[%s] %s", argv[1], argv[2]);
  char rep[32];
  size_t off = 0;
  for (int i = 0; i < n && off < sizeof rep; i++) {
    int w = snprintf(rep + off, sizeof rep - off, "[%c%c:%d]", argv[2][i], argv[2][i + 1], i);
    off = (size_t)w >= sizeof rep - off ? sizeof rep : off + (size_t)w;
  }
  putenv(env_entry);
  char val[16];
  snprintf(val, sizeof val, "v%s", argv[1]);
  setenv("LC8_VAL", val, 1);
  printf("%zu %zu %s %d %d %s %s %s %s\n", total, ml, got ? line : "-", sw, fw, small, rep, getenv("LC8_MODE"),
         getenv("LC8_VAL"));
  free(small);
  free(mb);
  return 0;
}
