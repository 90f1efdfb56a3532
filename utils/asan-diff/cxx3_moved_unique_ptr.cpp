// EXPECT: SEGV
// A unique_ptr is moved into a container and then dereferenced: a null
// read, which ASan reports as a SEGV.
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>
struct Cfg { long level; long limit; };
int main(int argc, char **argv) {
  auto c = std::make_unique<Cfg>();
  c->level = std::atoi(argv[1]);
  std::vector<std::unique_ptr<Cfg>> all;
  all.push_back(std::move(c));
  std::printf("%ld\n", c->level); // BUG
  return 0;
}
