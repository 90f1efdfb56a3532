// EXPECT: none
#include <stdio.h>
#include <string.h>
int rec(int n) { char buf[64]; memset(buf, n, sizeof buf); if (n == 0) return buf[3]; return rec(n - 1) + buf[n % 64]; }
int main(void) { printf("%d\n", rec(500)); return 0; }
