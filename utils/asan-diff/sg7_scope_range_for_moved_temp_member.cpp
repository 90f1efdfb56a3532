// EXPECT: stack-use-after-scope
// FLAGS: -std=c++17
// `for (x : make().items)` would extend the temporary's lifetime, but the
// code wraps it in std::move(...) "to avoid a copy": std::move returns a
// reference, so the temporary Batch dies before the loop body runs.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <utility>
struct Batch {
  int id;
  std::array<int, 8> items;
};
__attribute__((noinline)) static Batch make_batch(int n) {
  Batch b{n, {}};
  for (int i = 0; i < 8; i++) b.items[i] = n * i;
  return b;
}
__attribute__((noinline)) static long consume(const int *p) {
  return *p * 2L; // BUG
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  long sum = 0;
  for (const int &v : std::move(make_batch(n)).items)
    sum += consume(&v);
  std::printf("%ld %d\n", sum, argc);
  return 0;
}
