// EXPECT: none
// std::copy_n / std::fill_n / std::fill / std::memcpy / std::equal / std::copy_backward with exact ranges through std::array, vector::data() and heap structs.
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>
struct Rec {
  int id;
  std::array<int, 8> vals;
};
std::array<char, 8> g_tag;
char g_fill[12];
unsigned char g_key[8] = {'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'};
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<int> src(n, 7);
  Rec *r = new Rec{};
  std::copy_n(src.begin(), 8, r->vals.begin());
  std::vector<int> v(n);
  std::fill_n(v.data(), n, argv[2][0]);
  std::memcpy(g_tag.data(), argv[2], g_tag.size());
  std::fill(g_fill, g_fill + sizeof g_fill, 'x');
  bool same = std::equal(g_key, g_key + 8, (const unsigned char *)argv[2]);
  int *dst = new int[n];
  std::copy_backward(src.begin(), src.end(), dst + n);
  std::printf("%d %d %.8s %c %d %d\n", r->vals[7], v[n - 1], g_tag.data(), g_fill[11], same, dst[0]);
  delete[] dst;
  delete r;
  return 0;
}
