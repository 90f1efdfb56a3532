// EXPECT: global-buffer-overflow
// Converts a wide status message to UTF-8 into a 16-byte global buffer,
// passing the message's length in wide characters times MB_CUR_MAX as the
// room available: wcsrtombs writes the whole converted text past the end.
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

static char status_line[16];

int main(int argc, char **argv) {
  setlocale(LC_ALL, "C.UTF-8");
  wchar_t msg[40];
  swprintf(msg, 40, L"status: ready %s \u00e9t\u00e9", argv[2]);
  const wchar_t *src = msg;
  mbstate_t st = {0};
  size_t room = wcslen(msg) * MB_CUR_MAX;
  size_t n = wcsrtombs(status_line, &src, room, &st); // BUG
  printf("%zu %d\n", n, atoi(argv[1]));
  return 0;
}
