// EXPECT: heap-buffer-overflow
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>
int main(int argc, char **argv) {
  std::vector<short> v;
  v.reserve(6);
  v.assign(6, 3);
  short out[8];
  std::memcpy(out, v.data(), (v.size() + std::atoi(argv[1]) / 10) * sizeof(short)); // BUG
  std::printf("%d\n", out[0]);
  return 0;
}
