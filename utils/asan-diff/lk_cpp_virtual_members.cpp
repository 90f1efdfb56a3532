// EXPECT: leak
#include <cstring>
#include <string>
#include <vector>
struct Shape { virtual ~Shape() {} virtual double area() const = 0; };
struct Poly : Shape { std::vector<double> pts; std::string name; Poly() : pts(20, 1.0), name(40, 'p') {} double area() const override { return pts[0]; } };
__attribute__((noinline)) static double use() { Shape *s = new Poly; return s->area(); }
__attribute__((noinline, no_sanitize("address"))) static void scrub() { /* clear stale pointer copies on the stack */
  char z[16384];
  std::memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main() { double a = use(); scrub(); return a > 100; }
