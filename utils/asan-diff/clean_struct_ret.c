// EXPECT: none
#include <stdio.h>
struct Big { char d[200]; int n; };
__attribute__((noinline)) struct Big make(int n) { struct Big b; for (int i = 0; i < 200; i++) b.d[i] = i + n; b.n = n; return b; }
int main(void) { int s = 0; for (int i = 0; i < 1000; i++) { struct Big b = make(i); s += b.d[199] + b.n; } printf("%d\n", s); return 0; }
