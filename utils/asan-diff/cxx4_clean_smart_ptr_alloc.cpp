// EXPECT: none
// FLAGS: -std=c++20
// Array-aware smart pointers (unique_ptr<T[]>, shared_ptr<T[]>, make_shared<T[]>, default_delete<T[]>), allocator with matching counts, malloc'd memory released by a free deleter, over-aligned vector elements.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>
struct alignas(64) Line {
  char bytes[64];
};
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::unique_ptr<int[]> u(new int[n]);
  std::shared_ptr<int[]> s(new int[n]);
  std::shared_ptr<int> sd(new int[n], std::default_delete<int[]>());
  auto ms = std::make_shared<int[]>(n, 4);
  for (int i = 0; i < n; i++) u[i] = s[i] = sd.get()[i] = argv[2][i];
  std::allocator<long> a;
  long *p = a.allocate(n);
  for (int i = 0; i < n; i++) p[i] = u[i] + ms[i];
  long last = p[n - 1];
  a.deallocate(p, n);
  std::unique_ptr<char, decltype(&std::free)> dup(strdup(argv[2] + n), &std::free);
  std::vector<Line> lines(n);
  for (auto &l : lines) std::memcpy(l.bytes, argv[2], 26);
  lines.resize(4 * n);
  Line *one = new Line;
  one->bytes[0] = argv[2][3];
  std::printf("%d %d %ld %s %c %c %d\n", s[n - 1], sd.get()[0], last, dup.get(), lines[n - 1].bytes[25], one->bytes[0],
              (int)(reinterpret_cast<uintptr_t>(lines.data()) % 64));
  delete one;
  char *r = static_cast<char *>(std::malloc(n));
  r = static_cast<char *>(std::realloc(r, 4 * n));
  r[4 * n - 1] = 'x';
  std::printf("%c\n", r[4 * n - 1]);
  std::free(r);
  return 0;
}
