// EXPECT: leak
// A text importer opens a converter (wide characters to UTF-8) per document
// and closes it at the end; documents that fail validation return early
// without iconv_close(), leaking glibc's converter descriptor each time.
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

__attribute__((noinline)) static int import_doc(const wchar_t *doc, char *out, size_t outsz) {
  iconv_t cd = iconv_open("UTF-8", "WCHAR_T");
  if (cd == (iconv_t)-1) return -2;
  size_t len = wcslen(doc);
  if (len == 0 || doc[0] == L'#') return -1; /* BUG: iconv_close(cd) missing */
  char *in = (char *)doc;
  size_t inleft = len * sizeof(wchar_t), outleft = outsz - 1;
  char *o = out;
  size_t r = iconv(cd, &in, &inleft, &o, &outleft);
  *o = 0;
  iconv_close(cd);
  return r == (size_t)-1 ? -3 : (int)(o - out);
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

__attribute__((noinline)) static int run(int n, const char *alpha) {
  wchar_t doc[64];
  char out[256];
  int rejected = 0;
  for (int i = 0; i < n; i++) {
    int len = i % 8 + 2;
    for (int j = 0; j < len; j++) doc[j] = (wchar_t)alpha[j];
    doc[len] = 0;
    if (i % 3 == 1) doc[0] = L'#'; /* a comment-only document: rejected */
    if (import_doc(doc, out, sizeof out) < 0) rejected++;
  }
  return rejected;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  int rejected = run(n, argc > 2 ? argv[2] : "ABCDEFGHIJ");
  scrub();
  printf("rejected %d\n", rejected);
  return 0;
}
