// EXPECT: container-overflow
// FLAGS: -D_GLIBCXX_SANITIZE_VECTOR
// A ring buffer is zeroed up to capacity() instead of size() on an annotated vector.
#include <cstdio>
#include <cstdlib>
#include <vector>
struct Ring {
  std::vector<int> slots;
  explicit Ring(int n) { slots.reserve(n * 2); slots.resize(n); }
  void clear_all() {
    for (size_t i = 0; i < slots.capacity(); i++) slots[i] = 0; // BUG
  }
};
int main(int argc, char **argv) {
  Ring r(std::atoi(argv[1]));
  r.slots[0] = argv[2][0];
  r.clear_all();
  std::printf("%d %zu\n", r.slots[0], r.slots.size());
  return 0;
}
