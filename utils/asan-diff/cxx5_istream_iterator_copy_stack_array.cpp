// EXPECT: stack-buffer-overflow
// std::copy from istream_iterator into a fixed local array receives more numbers than it holds.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <sstream>
#include <string>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::string text;
  for (int i = 0; i < n; i++) text += std::to_string(argv[2][i]) + " ";
  std::istringstream in(text);
  int coeffs[8];
  int *end = std::copy(std::istream_iterator<int>(in), std::istream_iterator<int>(), coeffs); // BUG
  std::printf("%d %d\n", int(end - coeffs), coeffs[0]);
  return 0;
}
