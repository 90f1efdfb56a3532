// EXPECT: heap-use-after-free
// A std::string_view bound to the result of a string concatenation: the
// temporary std::string (long, so its buffer is on the heap) dies at the end
// of the full expression and the view is read afterwards.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
int main(int argc, char **argv) {
  std::string head(argv[2]);
  std::string_view v = head + "-and-a-tail-long-enough-for-the-heap";
  int k = std::atoi(argv[1]) + 20;
  std::printf("%c\n", v[k]); // BUG
  return 0;
}
