// EXPECT: stack-buffer-overflow
// timespec_get fills a whole struct timespec through a pointer to a lone long. clang-22's ASan checks timespec_get (an interceptor newer than memscope's sanitizer_common).
#include <stdio.h>
#include <time.h>
int main(int argc, char **argv) {
  long secs = 0;
  int r = timespec_get((struct timespec *)&secs, TIME_UTC); // BUG
  printf("%d %d\n", r, secs > 0);
  return 0;
}
