// EXPECT: global-buffer-overflow
// A hand-written binary search over a sorted constant table of error
// codes treats `hi` as inclusive but starts it at the entry count: a code
// above every entry walks mid up to kCodes[count], one struct past the
// table in .rodata.
#include <stdio.h>
#include <stdlib.h>

struct code { int value; const char *text; };
static const struct code kCodes[] = {
    {1, "EPERM"},   {2, "ENOENT"}, {4, "EINTR"},  {5, "EIO"},
    {9, "EBADF"},   {11, "EAGAIN"}, {12, "ENOMEM"}, {13, "EACCES"},
    {17, "EEXIST"}, {22, "EINVAL"}, {28, "ENOSPC"}, {32, "EPIPE"},
};
#define NCODES (int)(sizeof kCodes / sizeof kCodes[0])

__attribute__((noinline)) static const char *code_name(int v) {
  int lo = 0, hi = NCODES; /* should be NCODES - 1 */
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    int m = kCodes[mid].value; // BUG
    if (m == v) return kCodes[mid].text;
    if (m < v) lo = mid + 1; else hi = mid - 1;
  }
  return "unknown";
}

int main(int argc, char **argv) {
  int v = atoi(argv[1]) * 11 + argc; /* 112: above every code */
  printf("%d: %s\n", v, code_name(v));
  return 0;
}
