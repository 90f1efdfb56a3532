// EXPECT: heap-use-after-free
// a raw pointer to the newest shape is kept after scene.replace destroyed it through its unique_ptr
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

struct Box { double x0, y0, x1, y1; };

class Shape {
public:
  explicit Shape(std::string name) : name_(std::move(name)) {}
  virtual ~Shape() = default;
  virtual double area() const = 0;
  virtual Box bounds() const = 0;
  virtual void move(double dx, double dy) = 0;
  virtual std::string describe() const { return name_; }
  virtual int count() const { return 1; }
  const std::string &name() const { return name_; }

private:
  std::string name_;
};

class Circle : public Shape {
public:
  Circle(std::string n, double x, double y, double r) : Shape(std::move(n)), x_(x), y_(y), r_(r) {}
  double area() const override { return M_PI * r_ * r_; }
  Box bounds() const override { return { x_ - r_, y_ - r_, x_ + r_, y_ + r_ }; }
  void move(double dx, double dy) override { x_ += dx; y_ += dy; }
  std::string describe() const override { return "circle " + name() + " r=" + std::to_string(r_); }

private:
  double x_, y_, r_;
};

class Rect : public Shape {
public:
  Rect(std::string n, double x, double y, double w, double h) : Shape(std::move(n)), b_{ x, y, x + w, y + h } {}
  double area() const override { return (b_.x1 - b_.x0) * (b_.y1 - b_.y0); }
  Box bounds() const override { return b_; }
  void move(double dx, double dy) override { b_.x0 += dx; b_.x1 += dx; b_.y0 += dy; b_.y1 += dy; }

private:
  Box b_;
};

class Polygon : public Shape {
public:
  Polygon(std::string n, std::vector<double> xy) : Shape(std::move(n)), xy_(std::move(xy)) {}
  double area() const override { // shoelace
    double s = 0;
    size_t k = xy_.size() / 2;
    for (size_t i = 0; i < k; i++) {
      size_t j = (i + 1) % k;
      s += xy_[2 * i] * xy_[2 * j + 1] - xy_[2 * j] * xy_[2 * i + 1];
    }
    return std::fabs(s) / 2;
  }
  Box bounds() const override {
    Box b{ xy_[0], xy_[1], xy_[0], xy_[1] };
    for (size_t i = 0; i < xy_.size(); i += 2) {
      b.x0 = std::min(b.x0, xy_[i]); b.x1 = std::max(b.x1, xy_[i]);
      b.y0 = std::min(b.y0, xy_[i + 1]); b.y1 = std::max(b.y1, xy_[i + 1]);
    }
    return b;
  }
  void move(double dx, double dy) override {
    for (size_t i = 0; i < xy_.size(); i += 2) { xy_[i] += dx; xy_[i + 1] += dy; }
  }

private:
  std::vector<double> xy_;
};

class Group : public Shape {
public:
  explicit Group(std::string n) : Shape(std::move(n)) {}
  void add(std::unique_ptr<Shape> s) { kids_.push_back(std::move(s)); }
  double area() const override {
    double a = 0;
    for (const auto &k : kids_) a += k->area();
    return a;
  }
  Box bounds() const override {
    Box b{ 1e300, 1e300, -1e300, -1e300 };
    for (const auto &k : kids_) {
      Box c = k->bounds();
      b = { std::min(b.x0, c.x0), std::min(b.y0, c.y0), std::max(b.x1, c.x1), std::max(b.y1, c.y1) };
    }
    return b;
  }
  void move(double dx, double dy) override { for (auto &k : kids_) k->move(dx, dy); }
  int count() const override {
    int c = 1;
    for (const auto &k : kids_) c += k->count();
    return c;
  }
  std::string describe() const override { return "group " + name() + " of " + std::to_string(kids_.size()); }

private:
  std::vector<std::unique_ptr<Shape>> kids_;
};

class Scene {
public:
  Shape *add(std::unique_ptr<Shape> s) {
    shapes_.push_back(std::move(s));
    return shapes_.back().get();
  }
  // Replaces shape i; the old one is destroyed.
  void replace(size_t i, std::unique_ptr<Shape> s) { shapes_[i] = std::move(s); }
  void remove_small(double min_area) {
    shapes_.erase(std::remove_if(shapes_.begin(), shapes_.end(),
                                 [&](const std::unique_ptr<Shape> &s) { return s->area() < min_area; }),
                  shapes_.end());
  }
  Shape *at(size_t i) const { return shapes_[i].get(); }
  size_t size() const { return shapes_.size(); }
  double total_area() const {
    double a = 0;
    for (const auto &s : shapes_) a += s->area();
    return a;
  }
  Shape *largest() const {
    auto it = std::max_element(shapes_.begin(), shapes_.end(),
                               [](const auto &a, const auto &b) { return a->area() < b->area(); });
    return it == shapes_.end() ? nullptr : it->get();
  }

private:
  std::vector<std::unique_ptr<Shape>> shapes_;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string word = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  Scene scene;
  for (int i = 0; i < n; i++) {
    std::string nm = word.substr(static_cast<size_t>(i) % word.size(), 3) + std::to_string(i);
    switch (i % 4) {
    case 0: scene.add(std::make_unique<Circle>(nm, i, -i, 0.5 + i % 3)); break;
    case 1: scene.add(std::make_unique<Rect>(nm, i, i, 1 + i % 5, 2)); break;
    case 2: scene.add(std::make_unique<Polygon>(nm, std::vector<double>{ 0, 0, 4.0 + i, 0, 2, 3.0 + i })); break;
    default: {
      auto g = std::make_unique<Group>(nm);
      for (int k = 0; k < 3; k++) g->add(std::make_unique<Circle>(nm + "." + std::to_string(k), k, k, 0.25 * (k + 1)));
      g->add(std::make_unique<Rect>(nm + ".r", -1, -1, 0.5, 0.5));
      scene.add(std::move(g));
    }
    }
  }
  Shape *selected = scene.largest();
  std::printf("%zu shapes, area %.3f, largest %s (%.3f)\n", scene.size(), scene.total_area(),
              selected->describe().c_str(), selected->area());
  selected->move(1.5, -2);
  Box b = selected->bounds();
  std::printf("moved: [%.2f %.2f %.2f %.2f]\n", b.x0, b.y0, b.x1, b.y1);
  Shape *focus = scene.at(scene.size() - 1); // the newest shape
  std::printf("focus %s, area %.3f\n", focus->describe().c_str(), focus->area());

  // Replace every rectangle by a circle of the same area.
  for (size_t i = 0; i < scene.size(); i++) {
    Shape *s = scene.at(i);
    if (dynamic_cast<Rect *>(s)) {
      double r = std::sqrt(s->area() / M_PI);
      Box bb = s->bounds();
      scene.replace(i, std::make_unique<Circle>(s->name() + "'", (bb.x0 + bb.x1) / 2, (bb.y0 + bb.y1) / 2, r));
    }
  }
  selected = scene.largest();

  std::printf("after replace: area %.3f, largest %s\n", scene.total_area(), selected->describe().c_str());
  std::printf("focus now %s\n", focus->describe().c_str()); // BUG

  scene.remove_small(3.0);
  int objects = 0;
  for (size_t i = 0; i < scene.size(); i++) objects += scene.at(i)->count();
  std::printf("after remove: %zu shapes (%d objects), area %.3f\n", scene.size(), objects, scene.total_area());
  for (size_t i = 0; i < scene.size() && i < 4; i++) std::printf("  %s\n", scene.at(i)->describe().c_str());
  return 0;
}
