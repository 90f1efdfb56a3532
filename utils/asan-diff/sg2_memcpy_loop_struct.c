// EXPECT: stack-buffer-overflow
// A byte-copy helper (the optimizer turns it into memcpy) writes a
// 24-byte record into a 20-byte one.
#include <stdio.h>
#include <stdlib.h>
struct Rec20 { int id; char name[16]; };
struct Rec24 { int id; char name[20]; };
__attribute__((noinline)) static void copy_bytes(void *d, const void *s, size_t n) {
  unsigned char *dp = d;
  const unsigned char *sp = s;
  for (size_t i = 0; i < n; i++) dp[i] = sp[i]; // BUG
}
int main(int argc, char **argv) {
  struct Rec24 big = {argc, "abcdefghijklmnopqrs"};
  struct Rec20 small;
  size_t n = sizeof small + (size_t)atoi(argv[1]) - 6; /* 24 */
  copy_bytes(&small, &big, n);
  printf("%d %c\n", small.id, small.name[2]);
  return 0;
}
