// EXPECT: none
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <new>
#include <string>
#include <vector>
struct alignas(64) Wide { char b[100]; };
struct Obj { std::string s; ~Obj() {} };
struct Base { virtual ~Base() {} long x = 1; };
struct Derived : Base { char pad[50] = {}; };
int main(int argc, char **argv) {
  Wide *w = new Wide[3];
  Obj *o = new Obj[4];
  Base *b = new Derived;
  void *raw = ::operator new(77);
  void *al = ::operator new(200, std::align_val_t(128));
  int *nt = new (std::nothrow) int[10];
  std::vector<Wide> vw(5);
  auto up = std::make_unique<long[]>(9);
  std::shared_ptr<int> sp(new int[4], std::default_delete<int[]>());
  w[2].b[99] = 1; o[3].s = argv[2]; nt[9] = 2; up[8] = 3;
  std::printf("%d %zu %ld %d %ld\n", w[2].b[99], o[3].s.size(), b->x, nt[9], up[8]);
  delete[] w; delete[] o; delete b; ::operator delete(raw); ::operator delete(al, std::align_val_t(128)); delete[] nt;
  return 0;
}
