// EXPECT: stack-use-after-return
// A stream is given a buffer that lives in the frame of the function that opened it; later writes go through stdio into the dead frame.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static FILE *open_log(const char *path) {
  char buf[256];
  FILE *f = fopen(path, "w");
  if (f)
    setvbuf(f, buf, _IOFBF, sizeof buf);
  return f;
}
int main(int argc, char **argv) {
  FILE *log = open_log("/dev/null");
  if (!log)
    return 0;
  int n = atoi(argv[1]);
  for (int i = 0; i < n; i++)
    fprintf(log, "%d %s\n", i, argv[2]); // BUG
  fclose(log);
  return 0;
}
