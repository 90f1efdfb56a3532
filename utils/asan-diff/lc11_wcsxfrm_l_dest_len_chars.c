// EXPECT: stack-buffer-overflow
// Builds a collation key for a wide string in an explicit C locale. The
// destination holds 8 wide chars, but the length passed is sizeof(dest)
// (bytes, 32) rather than the element count, so the key of a 12-char
// string is stored past the array.
#define _GNU_SOURCE
#include <locale.h>
#include <stdio.h>
#include <wchar.h>

__attribute__((noinline)) static size_t key_len(const wchar_t *s, locale_t loc) {
  wchar_t key[8];
  size_t n = wcsxfrm_l(key, s, sizeof key, loc); // BUG
  return n + key[0];
}

int main(int argc, char **argv) {
  locale_t c = newlocale(LC_ALL_MASK, "C", (locale_t)0);
  printf("%zu\n", key_len(argc > 1 ? L"alphabetical" : L"abc", c));
  freelocale(c);
  return 0;
}
