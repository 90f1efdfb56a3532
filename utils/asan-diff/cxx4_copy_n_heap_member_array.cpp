// EXPECT: heap-buffer-overflow
// std::copy_n copies argv-many ints into a std::array<int, 8> that ends a heap struct.
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <vector>
struct Rec {
  int id;
  std::array<int, 8> vals;
};
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<int> src(n, 7);
  Rec *r = new Rec{};
  std::copy_n(src.begin(), n, r->vals.begin()); // BUG
  std::printf("%d %d\n", r->id, r->vals[3]);
  delete r;
  return 0;
}
