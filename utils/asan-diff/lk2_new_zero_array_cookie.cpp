// EXPECT: none
// new T[0] for a T with a destructor is a block holding only the 8-byte cookie, and the pointer returned points to its end; a global keeps it (LSan's operator-new-0 special case counts it reachable).
#include <cstdio>
#include <cstdlib>
struct Rec { int id; ~Rec() { id = -1; } };
Rec *g_recs;
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]) - 10;
  g_recs = new Rec[n];
  std::printf("%p\n", (void *)g_recs != nullptr ? (void *)1 : nullptr);
  return 0;
}
