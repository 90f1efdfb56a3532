// EXPECT: stack-use-after-scope
// A stringstream is pointed at a block-scoped buffer with pubsetbuf and written after the block.
#include <cstdio>
#include <cstdlib>
#include <sstream>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::stringstream ss;
  {
    char scratch[64];
    ss.rdbuf()->pubsetbuf(scratch, sizeof scratch);
    ss << "id=" << n;
  }
  ss << ' ' << argv[2]; // BUG
  std::printf("%d\n", (int)ss.tellp());
  return 0;
}
