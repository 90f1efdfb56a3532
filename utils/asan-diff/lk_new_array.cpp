// EXPECT: leak
#include <cstdio>
int main() { int *a = new int[25]; a[0] = 1; std::printf("%d\n", a[0]); return 0; }
