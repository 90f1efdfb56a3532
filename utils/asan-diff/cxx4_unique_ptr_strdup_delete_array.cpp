// EXPECT: alloc-dealloc-mismatch
// std::unique_ptr<char[]> takes ownership of std::strdup's malloc'd copy and frees it with delete[].
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::unique_ptr<char[]> copy(strdup(argv[2] + n));
  std::printf("%s\n", copy.get());
  copy.reset(); // BUG
  return 0;
}
