// EXPECT: none
// FLAGS: -D_FORTIFY_SOURCE=2
// Error recovery with setjmp/longjmp under _FORTIFY_SOURCE, where longjmp
// and siglongjmp become __longjmp_chk: a recursive evaluator with large
// local arrays bails out from deep frames; after each jump the stack
// those frames used is reused by new calls with their own locals, which
// must not still be poisoned.
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static jmp_buf on_error;
static sigjmp_buf on_fatal;

__attribute__((noinline)) static long eval(const char *s, int depth) {
  char frame[64];
  long vals[8];
  snprintf(frame, sizeof frame, "%d:%s", depth, s);
  for (int i = 0; i < 8; i++) vals[i] = (long)frame[i % (int)strlen(frame)];
  if (depth == 0) return vals[7];
  if (s[depth % 26] == 'Q') longjmp(on_error, depth);
  if (depth == 3 && s[0] == 'X') siglongjmp(on_fatal, 7);
  return vals[depth % 8] + eval(s, depth - 1);
}

__attribute__((noinline)) static long fresh_frames(int n) {
  char a[200];
  memset(a, n, sizeof a);
  long s = 0;
  for (int i = 0; i < 200; i++) s += a[i];
  return n > 0 ? s + fresh_frames(n - 1) : s;
}

int main(int argc, char **argv) {
  long total = 0;
  char buf[27];
  memcpy(buf, argv[2], 27);
  for (int round = 0; round < 4; round++) {
    int code = setjmp(on_error);
    if (code) {
      total += code + fresh_frames(8);
      buf[round % 26] = (char)('a' + round);
      continue;
    }
    buf[16] = round % 2 ? 'Q' : 'R';
    total += eval(buf, 20 + atoi(argv[1]));
  }
  buf[0] = 'X';
  if (sigsetjmp(on_fatal, 1) == 0)
    total += eval(buf, 12);
  else
    total += fresh_frames(12);
  printf("%ld\n", total);
  return 0;
}
