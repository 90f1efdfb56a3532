// EXPECT: heap-use-after-free
#include <cstdio>
#include <memory>
#include <vector>
int main(int argc, char **argv) {
  auto a = std::make_shared<std::vector<int>>(10, argc);
  auto b = a;
  int *raw = a->data();
  a.reset();
  b.reset();
  std::printf("%d\n", raw[4]); // BUG
  return 0;
}
