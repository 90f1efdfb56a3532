// EXPECT: new-delete-type-mismatch
// A shape registry owning heterogeneous shapes through base pointers. The base class has
// virtual functions but a non-virtual destructor, so deleting a Polygon through Shape*
// runs only the base destructor and the sized operator delete is told the base's size.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

struct Shape {
  int id;
  explicit Shape(int i) : id(i) {}
  ~Shape() {}
  virtual double area() const = 0;
  virtual const char *kind() const = 0;
};

struct Circle : Shape {
  double r;
  Circle(int id, double r_) : Shape(id), r(r_) {}
  double area() const override { return M_PI * r * r; }
  const char *kind() const override { return "circle"; }
};

struct Polygon : Shape {
  double xs[8], ys[8];
  int n;
  Polygon(int id, int sides, double radius) : Shape(id), n(sides) {
    for (int i = 0; i < n; i++) {
      xs[i] = radius * std::cos(2 * M_PI * i / n);
      ys[i] = radius * std::sin(2 * M_PI * i / n);
    }
  }
  double area() const override {
    double a = 0;
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      a += xs[i] * ys[j] - xs[j] * ys[i];
    }
    return std::fabs(a) / 2;
  }
  const char *kind() const override { return "polygon"; }
};

class Registry {
public:
  ~Registry() {
    for (Shape *s : shapes_) delete s; // BUG
  }
  void add(Shape *s) { shapes_.push_back(s); }
  double total_area() const {
    double a = 0;
    for (const Shape *s : shapes_) a += s->area();
    return a;
  }
  size_t size() const { return shapes_.size(); }

private:
  std::vector<Shape *> shapes_;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  const char *names = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  Registry reg;
  for (int i = 0; i < n; i++) {
    if (names[i % 26] < 'D') reg.add(new Circle(i, 1.0 + i));
    else reg.add(new Polygon(i, 3 + i % 6, 2.0));
  }
  std::printf("%zu shapes, total area %.3f\n", reg.size(), reg.total_area());
  return 0;
}
