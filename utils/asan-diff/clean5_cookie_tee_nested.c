// EXPECT: none
// A "tee" stream made with fopencookie whose write callback fwrites to two
// underlying FILEs (each with its own program buffer: one heap, one
// static), whose seek refuses, and whose close callback fcloses both
// underlying streams and frees their buffers; the tee itself gets a small
// stack buffer of main and is fclosed before main returns.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

struct tee {
  FILE *a, *b;
  char *abuf;
  size_t writes;
};

static char bbuf[100];

static ssize_t tee_write(void *c, const char *buf, size_t size) {
  struct tee *t = c;
  ++t->writes;
  if (fwrite(buf, 1, size, t->a) != size || fwrite(buf, 1, size, t->b) != size)
    return -1;
  return (ssize_t)size;
}

static int tee_close(void *c) {
  struct tee *t = c;
  fprintf(t->a, "writes %zu\n", t->writes);
  int r = fclose(t->a) | fclose(t->b);
  free(t->abuf);
  free(t);
  return r;
}

static unsigned long sum_file(const char *p) {
  FILE *f = fopen(p, "r");
  unsigned long s = 0;
  int c;
  while ((c = getc(f)) != EOF)
    s = s * 33 + (unsigned)c;
  fclose(f);
  return s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  struct tee *t = calloc(1, sizeof *t);
  t->a = fopen("tee_a.txt", "w");
  t->b = fopen("tee_b.txt", "w");
  t->abuf = malloc(45);
  setvbuf(t->a, t->abuf, _IOFBF, 45);
  setvbuf(t->b, bbuf, _IOLBF, sizeof bbuf);
  cookie_io_functions_t io = {NULL, tee_write, NULL, tee_close};
  FILE *f = fopencookie(t, "w", io);
  char mine[29];
  setvbuf(f, mine, _IOFBF, sizeof mine);
  for (int i = 0; i < n * 12; ++i) {
    fprintf(f, "%d:%.*s\n", i, i % 26 + 1, alpha);
    if (i % 10 == 0)
      fflush(f);
  }
  int seek = fseek(f, 0, SEEK_SET); // no seek callback: fails
  fclose(f);
  unsigned long a = sum_file("tee_a.txt"), b = sum_file("tee_b.txt");
  printf("seek %d differ %d sum %lu\n", seek, a != b, b);
  return 0;
}
