// EXPECT: double-free
// A second unique_ptr adopts the pointer another unique_ptr already owns.
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <cstring>
struct Buffer {
  char name[32];
  int size;
};
static std::unique_ptr<Buffer> clone_handle(const std::unique_ptr<Buffer> &b) {
  return std::unique_ptr<Buffer>(b.get());
}
int main(int argc, char **argv) {
  auto a = std::make_unique<Buffer>();
  std::snprintf(a->name, sizeof a->name, "%s", argv[2]);
  a->size = std::atoi(argv[1]);
  {
    auto b = clone_handle(a);
    std::printf("%s %d\n", b->name, b->size);
  }
  a.reset(); // BUG
  return 0;
}
