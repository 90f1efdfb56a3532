// EXPECT: stack-buffer-overflow
// A local base-class object wrongly static_cast to a derived class; the
// derived member written lies past the object (a constant offset).
#include <cstdio>
#include <cstdlib>
struct Shape { int kind; float x, y; };
struct Circle : Shape { float radius; };
__attribute__((noinline)) static void set_radius(Shape &s, float r) {
  if (s.kind == 1) static_cast<Circle &>(s).radius = r; // BUG
}
int main(int argc, char **argv) {
  Shape s{std::atoi(argv[1]) - 9, 1.f, 2.f}; /* kind 1, but only a Shape */
  set_radius(s, (float)argc);
  std::printf("%f\n", s.x);
  return 0;
}
