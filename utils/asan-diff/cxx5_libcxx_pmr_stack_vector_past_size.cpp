// EXPECT: container-overflow
// FLAGS: -stdlib=libc++ -std=c++17
// A libc++ pmr::vector living in a stack arena is read past its size, inside its capacity.
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <memory_resource>
#include <vector>
static long sum_first(const std::pmr::vector<int> &v, int k) {
  long s = 0;
  for (int i = 0; i < k; i++) s += v.data()[i]; // BUG
  return s;
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::byte arena[1024];
  std::pmr::monotonic_buffer_resource pool(arena, sizeof arena, std::pmr::null_memory_resource());
  std::pmr::vector<int> v(&pool);
  v.reserve(64);
  for (int i = 0; i < n; i++) v.push_back(argv[2][i]);
  std::printf("%ld\n", sum_first(v, n + 2));
  return 0;
}
