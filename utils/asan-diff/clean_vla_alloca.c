// EXPECT: none
#include <stdio.h>
#include <alloca.h>
#include <string.h>
int f(int n) { char v[n]; memset(v, 1, n); char *a = alloca(n * 2); memset(a, 2, n * 2); return v[n - 1] + a[2 * n - 1]; }
int main(void) { int s = 0; for (int i = 1; i < 3000; i++) s += f(i); printf("%d\n", s); return 0; }
