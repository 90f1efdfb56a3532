// EXPECT: none
// A global shared_ptr<int> made with the aliasing constructor points into a member of an object it keeps alive.
#include <cstdio>
#include <cstdlib>
#include <memory>
struct Big { long head[6]; int field; long tail[6]; };
std::shared_ptr<int> *g_field = new std::shared_ptr<int>;
__attribute__((noinline)) static void make(int n) {
  std::shared_ptr<Big> b(new Big());
  b->field = n;
  *g_field = std::shared_ptr<int>(b, &b->field);
}
int main(int argc, char **argv) {
  make(std::atoi(argv[1]));
  std::printf("%d\n", **g_field);
  return 0;
}
