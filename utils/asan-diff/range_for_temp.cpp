// EXPECT: heap-use-after-free
#include <cstdio>
#include <vector>
struct Box { std::vector<int> v; const std::vector<int> &get() const { return v; } };
Box make(int n) { return Box{std::vector<int>(10, n)}; }
int main(int argc, char **argv) {
  long s = 0;
  for (int x : make(argc).get()) // BUG
    s += x;
  std::printf("%ld\n", s);
  return 0;
}
