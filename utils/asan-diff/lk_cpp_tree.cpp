// EXPECT: leak
#include <cstdio>
#include <cstring>
struct T { T *l = nullptr, *r = nullptr; int v = 0; };
__attribute__((noinline)) static T *build(int d) {
  if (!d) return nullptr;
  T *t = new T;
  t->l = build(d - 1);
  t->r = build(d - 1);
  return t;
}
__attribute__((noinline)) static int use() { T *root = build(3); return root->v; }
__attribute__((noinline, no_sanitize("address"))) static void scrub() { /* clear stale pointer copies on the stack */
  char z[16384];
  std::memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main() { std::printf("%d\n", use()); scrub(); return 0; }
