// EXPECT: bad-__sanitizer_annotate_contiguous_container
// FLAGS: -D_GLIBCXX_SANITIZE_VECTOR
// pop_back on an empty annotated libstdc++ std::vector: the shrink annotation's new end lies before the storage.
#include <cstdio>
#include <cstdlib>
#include <vector>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<int> v;
  v.reserve(n);
  v.push_back(argv[2][0]);
  std::printf("%d\n", v.back());
  v.pop_back();
  v.pop_back(); // BUG
  std::printf("%zu\n", v.size());
  return 0;
}
