// EXPECT: leak
// Two objects own each other through unique_ptr members; the outside owner
// releases its pointer, so neither destructor ever runs.
#include <cstdio>
#include <memory>
#include <string>
struct Obj { std::unique_ptr<Obj> other; std::string tag; };
__attribute__((noinline)) static size_t make(const char *s) {
  auto a = std::make_unique<Obj>(); // BUG
  a->tag = s;
  a->other = std::make_unique<Obj>();
  a->other->tag = std::string(s) + s;
  Obj *raw = a.get();
  a->other->other = std::move(a);
  return raw->tag.size();
}
int main(int argc, char **argv) {
  std::printf("%zu\n", make(argv[2]));
  return 0;
}
