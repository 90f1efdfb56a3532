// EXPECT: leak
#include <memory>
#include <cstdio>
struct T { int v[8]; };
int main() { auto u = std::make_unique<T>(); T *raw = u.release(); raw->v[0] = 1; std::printf("%d\n", raw->v[0]); raw = nullptr; return 0; }
