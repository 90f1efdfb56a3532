// EXPECT: heap-use-after-free
// A wide title is copied out of a document after the document was closed and freed.
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
struct doc {
  wchar_t title[16];
  int pages;
};
int main(int argc, char **argv) {
  struct doc *d = malloc(sizeof *d);
  swprintf(d->title, 16, L"%s", argv[2]);
  d->pages = atoi(argv[1]);
  const wchar_t *title = d->title;
  free(d);
  wchar_t copy[16];
  wcsncpy(copy, title, 16); // BUG
  printf("%ls\n", copy);
  return 0;
}
