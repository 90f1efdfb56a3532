// EXPECT: heap-buffer-overflow
// FLAGS: -static-libstdc++ -static-libgcc
// libstdc++ and libgcc linked statically (as for binaries shipped to
// other distributions): operator new comes from the program, not from a
// shared libstdc++, and must still be replaced. A std::vector's data() is
// written through memcpy beyond its size and capacity.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

static void append_raw(std::vector<char> &v, const char *s) {
  size_t old = v.size();
  v.reserve(old + 8);
  std::memcpy(v.data() + old, s, std::strlen(s) + 1); // BUG
}

int main(int argc, char **argv) {
  std::vector<char> v(std::atoi(argv[1]), 'x');
  v.shrink_to_fit();
  append_raw(v, argv[2]);
  std::printf("%zu %c\n", v.size(), v[0]);
  return 0;
}
