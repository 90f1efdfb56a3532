// EXPECT: new-delete-type-mismatch
// FLAGS: -std=c++17
// std::pmr::new_delete_resource()->deallocate with alignment 32 for a block allocated with alignment 64.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory_resource>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::pmr::memory_resource *r = std::pmr::new_delete_resource();
  void *p = r->allocate(64 * n, 64);
  std::memcpy(p, argv[2], 26);
  std::printf("%.26s\n", static_cast<char *>(p));
  r->deallocate(p, 64 * n, 32); // BUG
  return 0;
}
