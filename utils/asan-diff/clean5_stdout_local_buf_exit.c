// EXPECT: none
// stdout given a buffer that is a local array of main (fully buffered,
// before any output), written with printf, puts, putchar, fputs, fwrite
// and vprintf; main ends with exit(), so its frame and the buffer are still
// alive when exit flushes stdout.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void say(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vprintf(fmt, ap);
  va_end(ap);
}

int main(int argc, char **argv) {
  char buf[1000];
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  if (setvbuf(stdout, buf, _IOFBF, sizeof buf))
    return 1;
  unsigned long sum = 0;
  for (int i = 0; i < n * 10; ++i) {
    printf("%3d ", i);
    puts(alpha + i % 26);
    putchar('>');
    fputs("fputs\n", stdout);
    fwrite(alpha, 1, (size_t)(i % 26), stdout);
    putchar('\n');
    say("%s-%d\n", "vprintf", i);
    sum += (unsigned)i * (unsigned char)alpha[i % 26];
    if (i % 17 == 0)
      fflush(stdout);
  }
  printf("sum %lu\n", sum);
  exit(0);
}
