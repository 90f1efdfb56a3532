// EXPECT: none
// printf family on unterminated data with precisions that bound the read exactly: %.8s, %.*s, a precision past a terminator inside the array, numbered arguments with a numbered precision; snprintf sizing then exact allocation; swprintf filling its buffer exactly.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  char tag[8];
  memcpy(tag, argv[2], sizeof tag);
  char *heap = malloc(n);
  memcpy(heap, argv[2], n);
  char shortstr[8] = "abc";
  printf("%.8s|%.*s|%.20s\n", tag, n, heap, shortstr);
  printf("%2$.*1$s|%3$d\n", 8, tag, n);
  int need = snprintf(NULL, 0, "%s-%d-%.4s", argv[2], n, tag);
  char *out = malloc(need + 1);
  int wrote = snprintf(out, need + 1, "%s-%d-%.4s", argv[2], n, tag);
  wchar_t w[6];
  int wr = swprintf(w, 6, L"%.3s%02d", tag, n);
  int cnt = 0;
  printf("%s%n\n", out, &cnt);
  printf("%d %d %d %ls %d\n", need, wrote, wr, w, cnt);
  free(out);
  free(heap);
  return 0;
}
