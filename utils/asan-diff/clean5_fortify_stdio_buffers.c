// EXPECT: none
// FLAGS: -D_FORTIFY_SOURCE=2
// The _FORTIFY_SOURCE entry points (__printf_chk, __fprintf_chk,
// __vfprintf_chk, __fgets_chk, __fread_chk, __snprintf_chk, ...) at -O1 and
// above, on streams with program buffers: stdout with a static buffer, a
// file with a heap buffer written and read back, a memstream; at -O0 the
// plain calls.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char outbuf[400];

static int logf_(FILE *f, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfprintf(f, fmt, ap);
  va_end(ap);
  return r;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
  FILE *f = fopen("fortify.txt", "w+");
  char *fb = malloc(70);
  setvbuf(f, fb, _IOFBF, 70);
  unsigned long sum = 0;
  for (int i = 0; i < n * 10; ++i) {
    fprintf(f, "%d %s\n", i, alpha + i % 26);
    logf_(f, "log %d\n", i * 2);
    if (i % 9 == 0)
      printf("progress %d\n", i);
  }
  rewind(f);
  char line[48];
  while (fgets(line, sizeof line, f))
    sum = sum * 7 + strlen(line);
  rewind(f);
  char block[64];
  size_t got;
  while ((got = fread(block, 1, sizeof block, f)) > 0)
    sum += got + (unsigned char)block[got - 1];
  fclose(f);
  free(fb);
  char *mem = NULL;
  size_t size = 0;
  FILE *m = open_memstream(&mem, &size);
  for (int i = 0; i < n * 5; ++i)
    fprintf(m, "%.*s", i % 26 + 1, alpha);
  fclose(m);
  char small[16];
  snprintf(small, sizeof small, "%s", mem);
  sum += size + strlen(small);
  free(mem);
  printf("sum %lu\n", sum);
  fflush(stdout);
  return 0;
}
