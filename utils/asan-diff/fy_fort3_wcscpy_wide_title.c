// EXPECT: heap-buffer-overflow
// FLAGS: -D_FORTIFY_SOURCE=3
// A UI widget stores its title as a wide string. set_title reuses the
// existing buffer when the new title is "not much longer", comparing the
// lengths in bytes on one side and in characters on the other; wcscpy then
// writes past the heap block.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

struct widget { wchar_t *title; size_t cap_bytes; };

__attribute__((noinline)) static void set_title(struct widget *w,
                                                const wchar_t *t) {
  if (wcslen(t) + 1 > w->cap_bytes) {
    free(w->title);
    w->cap_bytes = (wcslen(t) + 1) * sizeof(wchar_t);
    w->title = malloc(w->cap_bytes);
  }
  wcscpy(w->title, t); // BUG
  w->title[0] = towupper(w->title[0]);
}

int main(int argc, char **argv) {
  struct widget w;
  w.cap_bytes = (size_t)atoi(argv[1]) * 4;   /* 40 bytes: 10 wide chars */
  w.title = malloc(w.cap_bytes);
  wchar_t t[40];
  size_t n = mbstowcs(t, argv[2], 39);       /* 26 wide chars */
  t[n] = 0;
  set_title(&w, t);
  printf("%ls\n", w.title);
  free(w.title);
  return 0;
}
