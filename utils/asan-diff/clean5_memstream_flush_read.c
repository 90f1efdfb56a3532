// EXPECT: none
// open_memstream written in bursts: after each fflush the program reads the
// buffer through the pointer and size it was given (the pointer re-read
// every time, as glibc moves the buffer when it grows), fseek back to
// overwrite, ftell; the buffer freed only after fclose. A second memstream
// logs the first one's content while both are open.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  char *buf = NULL, *log = NULL;
  size_t size = 0, logsize = 0;
  FILE *m = open_memstream(&buf, &size);
  FILE *l = open_memstream(&log, &logsize);
  if (!m || !l)
    return 1;
  unsigned long sum = 0;
  for (int burst = 0; burst < n; ++burst) {
    for (int i = 0; i < 50 * (burst + 1); ++i)
      fprintf(m, "%d:%c;", i, alpha[(i + burst) % 26]);
    fflush(m);
    // The buffer as it is now: terminated at size.
    sum = sum * 31 + strlen(buf) + size;
    sum += (unsigned char)buf[size / 2];
    fprintf(l, "burst %d size %zu head %.8s\n", burst, size, buf);
    fwrite(buf + size - 10, 1, 10, l);
    fputc('\n', l);
  }
  long end = ftell(m);
  fseek(m, 0, SEEK_SET);
  fputs("OVERWRITTEN", m);
  fseek(m, 0, SEEK_END);
  fputs("<end>", m);
  fflush(m);
  sum += (unsigned char)buf[3] + size;
  fclose(m);
  fflush(l);
  size_t loglen = strlen(log);
  fclose(l);
  printf("end %ld final %zu log %zu/%zu head %.11s tail %s sum %lu\n", end,
         size, loglen, logsize, buf, buf + size - 5, sum);
  free(buf);
  free(log);
  return 0;
}
