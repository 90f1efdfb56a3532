// EXPECT: heap-buffer-overflow
// Reads a decimal counter file into a buffer of exactly the file's size
// (no room for a terminator) and parses it with strtoumax; the digits run
// to the end of the buffer, so the parser reads one byte past it.
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char **argv) {
  FILE *f = fopen("counter", "w");
  fprintf(f, "%s000123", argv[1]);
  fclose(f);
  int fd = open("counter", O_RDONLY);
  struct stat st;
  fstat(fd, &st);
  char *buf = malloc(st.st_size);
  ssize_t n = read(fd, buf, st.st_size);
  close(fd);
  char *end;
  uintmax_t v = strtoumax(buf, &end, 10); // BUG
  printf("%zd %ju %td\n", n, v, end - buf);
  free(buf);
  unlink("counter");
  return 0;
}
