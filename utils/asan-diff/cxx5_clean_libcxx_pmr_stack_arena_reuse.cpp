// EXPECT: none
// FLAGS: -stdlib=libc++ -std=c++17
// libc++ pmr containers in a stack arena grow, shrink and die; the arena bytes are then reused directly.
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory_resource>
#include <string>
#include <vector>
static long fill(std::byte *arena, size_t len, const char *s, int n) {
  std::pmr::monotonic_buffer_resource pool(arena, len, std::pmr::null_memory_resource());
  std::pmr::vector<int> v(&pool);
  v.reserve(64);
  for (int i = 0; i < n; i++) v.push_back(s[i]);
  v.resize(3);
  v.shrink_to_fit();
  std::pmr::vector<char> w(&pool);
  w.reserve(100);
  w.assign(s, s + n);
  w.pop_back();
  std::pmr::string name(s, &pool);
  name += name;
  long sum = 0;
  for (int x : v) sum += x;
  return sum + w.size() + name.size();
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  alignas(16) std::byte arena[2048];
  long r = fill(arena, sizeof arena, argv[2], n);
  std::memset(arena, argv[2][0], sizeof arena);
  long t = 0;
  for (std::byte b : arena) t += static_cast<unsigned char>(b);
  std::printf("%ld %ld\n", r, t);
  return 0;
}
