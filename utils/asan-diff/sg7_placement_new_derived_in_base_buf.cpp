// EXPECT: stack-buffer-overflow
// A small-object slot is sized for the base Shape; a factory placement-
// news a derived Polygon (with extra vertex storage) into it when asked
// for a shape with many sides.
#include <cstdio>
#include <cstdlib>
#include <new>
struct Shape {
  virtual ~Shape() {}
  virtual int area() const { return id; }
  int id = 0;
};
struct Polygon : Shape {
  int verts[6];
  explicit Polygon(int n) {
    for (int i = 0; i < 6; i++) verts[i] = n + i; // BUG
  }
  int area() const override { return verts[0] * verts[5]; }
};
__attribute__((noinline)) static Shape *make_in(void *slot, int sides) {
  if (sides > 4) return new (slot) Polygon(sides);
  return new (slot) Shape();
}
int main(int argc, char **argv) {
  alignas(Shape) unsigned char slot[sizeof(Shape)];
  Shape *s = make_in(slot, std::atoi(argv[1]));
  int a = s->area();
  s->~Shape();
  std::printf("%d %d\n", a, argc);
  return 0;
}
