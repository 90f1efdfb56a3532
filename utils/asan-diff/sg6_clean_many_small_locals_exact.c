// EXPECT: none
// Forty address-taken small locals of odd sizes (1..13 bytes) in one frame;
// helpers read and write exactly their sizes, including unaligned tail
// accesses that end on the last byte of each.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static void fillb(void *p, size_t n, int v) { memset(p, v, n); }
__attribute__((noinline)) static long tail4(const void *p, size_t n) { unsigned v = 0; if (n >= 4) memcpy(&v, (const char *)p + n - 4, 4); else memcpy(&v, p, n); return v; }
#define L(k) char a##k[(k % 13) + 1];
#define U(k) fillb(a##k, sizeof a##k, k + n); s += tail4(a##k, sizeof a##k) + a##k[sizeof a##k - 1];
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  long s = 0;
  L(0) L(1) L(2) L(3) L(4) L(5) L(6) L(7) L(8) L(9) L(10) L(11) L(12) L(13) L(14) L(15) L(16) L(17) L(18) L(19)
  L(20) L(21) L(22) L(23) L(24) L(25) L(26) L(27) L(28) L(29) L(30) L(31) L(32) L(33) L(34) L(35) L(36) L(37) L(38) L(39)
  U(0) U(1) U(2) U(3) U(4) U(5) U(6) U(7) U(8) U(9) U(10) U(11) U(12) U(13) U(14) U(15) U(16) U(17) U(18) U(19)
  U(20) U(21) U(22) U(23) U(24) U(25) U(26) U(27) U(28) U(29) U(30) U(31) U(32) U(33) U(34) U(35) U(36) U(37) U(38) U(39)
  short sh;
  long long ll;
  fillb(&sh, sizeof sh, 1);
  fillb(&ll, sizeof ll, 2);
  s += sh + ll;
  printf("%ld %d\n", s, argc);
  return 0;
}
