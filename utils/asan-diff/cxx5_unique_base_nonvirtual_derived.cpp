// EXPECT: new-delete-type-mismatch
// make_unique<Derived> converted to unique_ptr<Base> whose destructor is not virtual.
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>
struct Shape { int id = 0; };
struct Polygon : Shape { double pts[12] = {}; int n = 0; };
int main(int argc, char **argv) {
  std::vector<std::unique_ptr<Shape>> scene;
  auto p = std::make_unique<Polygon>();
  p->n = std::atoi(argv[1]);
  p->pts[0] = argv[2][0];
  scene.push_back(std::move(p));
  std::printf("%zu\n", scene.size());
  scene.pop_back(); // BUG
  return 0;
}
