// EXPECT: new-delete-type-mismatch
// Memory from aligned operator new is returned through unaligned operator delete.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
struct Pool {
  void *slab;
  size_t bytes;
};
static Pool make_pool(size_t bytes) {
  return Pool{::operator new(bytes, std::align_val_t(64)), bytes};
}
static void destroy_pool(Pool &p) { ::operator delete(p.slab); } // BUG
int main(int argc, char **argv) {
  Pool p = make_pool(std::atoi(argv[1]) * 64);
  std::memset(p.slab, argv[2][0], p.bytes);
  std::printf("%d\n", static_cast<char *>(p.slab)[3]);
  destroy_pool(p);
  return 0;
}
