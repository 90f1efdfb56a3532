// EXPECT: bad-free
// An object with two non-polymorphic bases is deleted through a pointer to its second base.
#include <cstdio>
#include <cstdlib>
struct Named { char name[24]; };
struct Counted { long refs = 0; };
struct Resource : Named, Counted { int fd = -1; };
static Counted *open_resource(const char *n, int fd) {
  auto *r = new Resource;
  std::snprintf(r->name, sizeof r->name, "%s", n);
  r->fd = fd;
  return r;
}
static void drop(Counted *c) {
  if (--c->refs < 0) delete c; // BUG
}
int main(int argc, char **argv) {
  Counted *c = open_resource(argv[2], std::atoi(argv[1]));
  std::printf("%ld\n", c->refs);
  drop(c);
  return 0;
}
