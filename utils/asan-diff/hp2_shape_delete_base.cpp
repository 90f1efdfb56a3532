// EXPECT: new-delete-type-mismatch
// a shape registry owns polymorphic shapes through base pointers, but the base class has no virtual destructor; sized delete frees a derived object with the base's size
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

struct Shape {
  int id;
  float x, y;
  virtual float area() const = 0;
  virtual float perimeter() const = 0;
  virtual const char *kind() const = 0;
  ~Shape() {}
};

struct Circle : Shape {
  float r;
  float area() const override { return 3.14159265f * r * r; }
  float perimeter() const override { return 2 * 3.14159265f * r; }
  const char *kind() const override { return "circle"; }
};

struct Rect : Shape {
  float w, h;
  float area() const override { return w * h; }
  float perimeter() const override { return 2 * (w + h); }
  const char *kind() const override { return "rect"; }
};

struct Polygon : Shape {
  int n;
  float pts[16][2];
  float area() const override {
    float a = 0;
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      a += pts[i][0] * pts[j][1] - pts[j][0] * pts[i][1];
    }
    return std::fabs(a) / 2;
  }
  float perimeter() const override {
    float p = 0;
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      p += std::hypot(pts[j][0] - pts[i][0], pts[j][1] - pts[i][1]);
    }
    return p;
  }
  const char *kind() const override { return "polygon"; }
};

class Registry {
 public:
  ~Registry() { clear(); }
  void add(Shape *s) { shapes_.push_back(s); }
  void remove_small(float min_area) {
    size_t w = 0;
    for (size_t i = 0; i < shapes_.size(); i++) {
      if (shapes_[i]->area() < min_area) delete shapes_[i]; // BUG
      else shapes_[w++] = shapes_[i];
    }
    shapes_.resize(w);
  }
  void clear() {
    for (Shape *s : shapes_) delete s;
    shapes_.clear();
  }
  const std::vector<Shape *> &all() const { return shapes_; }

 private:
  std::vector<Shape *> shapes_;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  size_t al = std::strlen(alpha);
  Registry reg;
  for (int i = 0; i < n; i++) {
    float v = (float)(alpha[(size_t)i % al] - 'A' + 1);
    Shape *s;
    if (i % 3 == 0) {
      Circle *c = new Circle;
      c->r = v * 0.3f;
      s = c;
    } else if (i % 3 == 1) {
      Rect *r = new Rect;
      r->w = v;
      r->h = v * 0.5f;
      s = r;
    } else {
      Polygon *p = new Polygon;
      p->n = 3 + i % 5;
      for (int k = 0; k < p->n; k++) {
        p->pts[k][0] = v * std::cos(6.2831853f * k / p->n);
        p->pts[k][1] = v * std::sin(6.2831853f * k / p->n);
      }
      s = p;
    }
    s->id = i;
    s->x = s->y = (float)i;
    reg.add(s);
  }
  reg.remove_small(20.0f);
  float total = 0;
  for (Shape *s : reg.all()) total += s->area();
  std::printf("%zu shapes left, total area %.1f\n", reg.all().size(), total);
  return 0;
}
