// EXPECT: heap-buffer-overflow
// An index record stores the modification time as a 32-bit field to save
// space; the pretty-printer hands its address to gmtime() as if it were a
// time_t, so gmtime reads 8 bytes where the record has 4.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct index_rec {
  char name[8];
  uint32_t mtime;
};

static void print_rec(const struct index_rec *r) {
  struct tm *tm = gmtime((const time_t *)&r->mtime); // BUG
  if (tm)
    printf("%s %04d-%02d-%02d\n", r->name, tm->tm_year + 1900, tm->tm_mon + 1,
           tm->tm_mday);
}

int main(int argc, char **argv) {
  struct index_rec *r = malloc(sizeof *r);
  strcpy(r->name, "a.out");
  r->mtime = 1700000000u + (uint32_t)argc;
  print_rec(r);
  free(r);
  return 0;
}
