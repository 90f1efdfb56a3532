// EXPECT: new-delete-type-mismatch
// Shape has no virtual destructor; the scene deletes its Polygon (larger, with a vector) through a Shape pointer
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

struct Point {
  double x, y;
};

struct Shape {
  int id;
  explicit Shape(int i) : id(i) {}
  ~Shape() {}   // not virtual
  virtual double area() const = 0;
  virtual const char *name() const = 0;
};

struct Circle : Shape {
  double r;
  Circle(int i, double r_) : Shape(i), r(r_) {}
  double area() const override { return 3.14159265 * r * r; }
  const char *name() const override { return "circle"; }
};

struct Polygon : Shape {
  std::vector<Point> pts;
  std::string label;
  Polygon(int i, std::vector<Point> p, std::string l) : Shape(i), pts(std::move(p)), label(std::move(l)) {}
  double area() const override {
    double a = 0;
    for (size_t k = 0; k < pts.size(); k++) {
      const Point &p = pts[k], &q = pts[(k + 1) % pts.size()];
      a += p.x * q.y - q.x * p.y;
    }
    return a < 0 ? -a / 2 : a / 2;
  }
  const char *name() const override { return label.c_str(); }
};

class Scene {
public:
  ~Scene() {
    for (Shape *s : shapes_) delete s; // BUG
  }
  void add(Shape *s) { shapes_.push_back(s); }
  double total_area() const {
    double t = 0;
    for (const Shape *s : shapes_) t += s->area();
    return t;
  }
  size_t size() const { return shapes_.size(); }
  const Shape *largest() const {
    const Shape *best = nullptr;
    for (const Shape *s : shapes_)
      if (!best || s->area() > best->area()) best = s;
    return best;
  }

private:
  std::vector<Shape *> shapes_;
};

static std::vector<Point> regular(int sides, double radius) {
  std::vector<Point> pts;
  for (int k = 0; k < sides; k++) {
    double a = 2 * 3.14159265 * k / sides;
    pts.push_back({radius * std::cos(a), radius * std::sin(a)});
  }
  return pts;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string word = argc > 2 ? argv[2] : "ABCDEF";
  double total = 0;
  size_t count = 0;
  std::string biggest;
  {
    Scene scene;
    for (int i = 0; i < n; i++) {
      char c = word[i % word.size()];
      if (i % 3 == 0) scene.add(new Circle(i, 1 + (c - 'A') * 0.25));
      else scene.add(new Polygon(i, regular(3 + c % 5, 1 + i * 0.1), std::string("poly-") + c));
    }
    total = scene.total_area();
    count = scene.size();
    biggest = scene.largest()->name();
  }
  std::printf("shapes=%zu total=%.3f biggest=%s\n", count, total, biggest.c_str());
  return 0;
}
