// EXPECT: stack-buffer-overflow
// Serialization copies from the address of a std::vector object instead of its data().
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>
struct Packet { unsigned char bytes[128]; size_t len; };
static void serialize(Packet &p, const std::vector<int> &v) {
  p.len = v.size() * sizeof(int);
  std::memcpy(p.bytes, &v, p.len); // BUG
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<int> values(argv[2], argv[2] + n);
  Packet p;
  serialize(p, values);
  std::printf("%zu %d\n", p.len, p.bytes[0]);
  return 0;
}
